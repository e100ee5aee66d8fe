extension ServerSettings {
    /// `--max-upload`: `200MB`, `1GB`, `512KB` (binary units, as file managers count), or a bare
    /// number of megabytes; nil for anything else or for zero.
    public static func uploadLimit(parsing text: String) -> Int64? {
        let upper = text.uppercased().filter { $0 != " " }
        let units: [(String, Int64)] = [("GB", 1 << 30), ("G", 1 << 30), ("MB", 1 << 20), ("M", 1 << 20),
                                        ("KB", 1 << 10), ("K", 1 << 10), ("B", 1)]
        var digits = upper, scale: Int64 = 1 << 20
        if let unit = units.first(where: { upper.hasSuffix($0.0) }) {
            digits = String(upper.dropLast(unit.0.count))
            scale = unit.1
        }
        guard let value = Int64(digits), value > 0, value <= Int64.max / scale else { return nil }
        return value * scale
    }
}
