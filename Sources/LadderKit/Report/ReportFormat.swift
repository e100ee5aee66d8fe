/// Numbers, shares and times as the report prints them. Integer arithmetic throughout, so the
/// same content gives the same text on every machine.
enum ReportFormat {
    /// `12,345`.
    static func count(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// `+1,024` or `-3` or `0`.
    static func signed(_ value: Int) -> String { value > 0 ? "+" + count(value) : count(value) }

    /// Tenths of a percent of `part` in `whole`, rounded half up; nil when `whole` is not positive.
    static func tenthsOfPercent(_ part: Int, of whole: Int) -> Int? {
        guard whole > 0 else { return nil }
        let scaled = part * 1000
        return scaled >= 0 ? (scaled + whole / 2) / whole : -((-scaled + whole / 2) / whole)
    }

    /// `91.3%`, or `—` when there is no whole.
    static func percent(_ part: Int, of whole: Int) -> String {
        tenthsOfPercent(part, of: whole).map(percent(tenths:)) ?? "—"
    }

    /// `87.5%` from 8750 basis points (rounded half up to tenths).
    static func percent(basisPoints: Int) -> String {
        percent(tenths: basisPoints >= 0 ? (basisPoints + 5) / 10 : -((-basisPoints + 5) / 10))
    }

    static func percent(tenths: Int) -> String {
        let sign = tenths < 0 ? "-" : ""
        let t = tenths.magnitude
        return "\(sign)\(t / 10).\(t % 10)%"
    }
}
