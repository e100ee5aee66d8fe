/// Which cell formats (`s` attribute → `cellXfs` entry) show numbers as dates, from `xl/styles.xml`.
struct CellStyles {
    private var dateStyles: [Bool] = []

    /// No styles part: every number is a plain number.
    init() {}

    init(scanner: XMLScanner) throws {
        var customFormats: [Int: String] = [:]
        var formatIDs: [Int] = []
        var inCellFormats = false
        while true {
            let token = try scanner.next()
            if token == .endOfDocument { break }
            if token == .end {
                if scanner.nameIs("cellXfs") { inCellFormats = false }
                continue
            }
            guard token == .start || token == .empty else { continue }
            if scanner.nameIs("numFmt"), let id = scanner.attributeText("numFmtId").flatMap({ Int($0) }),
               let code = scanner.attributeText("formatCode") {
                customFormats[id] = code
            } else if scanner.nameIs("cellXfs") {
                inCellFormats = token == .start
            } else if inCellFormats, scanner.nameIs("xf") {
                formatIDs.append(scanner.attributeText("numFmtId").flatMap { Int($0) } ?? 0)
            }
        }
        dateStyles = formatIDs.map { id in
            customFormats[id].map(NumberFormat.isDate(code:)) ?? NumberFormat.isBuiltInDate(id)
        }
    }

    func isDate(style: Int) -> Bool {
        style >= 0 && style < dateStyles.count && dateStyles[style]
    }
}
