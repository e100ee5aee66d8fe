/// What `xl/workbook.xml` says: the sheets in tab order and the date system.
struct WorkbookManifest {
    struct Sheet: Equatable {
        let name: String
        let relationshipID: String?
    }

    private(set) var sheets: [Sheet] = []
    /// Serial 0 is 1904-01-01 (old Mac Excel) instead of the 1900 system.
    private(set) var date1904 = false

    init(scanner: XMLScanner) throws {
        while true {
            let token = try scanner.next()
            if token == .endOfDocument { break }
            guard token == .start || token == .empty else { continue }
            if scanner.nameIs("workbookPr") {
                let flag = scanner.attributeText("date1904")?.lowercased()
                date1904 = flag == "1" || flag == "true"
            } else if scanner.nameIs("sheet"), let name = scanner.attributeText("name") {
                sheets.append(Sheet(name: name, relationshipID: scanner.attributeText("id")))
            }
        }
    }
}
