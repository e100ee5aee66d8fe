extension XLSXWriter {
    /// The fixed parts of the package around the sheet, in archive order: content types first,
    /// as some readers expect.
    func packageParts() -> [(path: String, text: String)] {
        let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let relationships = "http://schemas.openxmlformats.org/package/2006/relationships"
        let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let contentType = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        let quotedName = "'" + sheetName.replacingOccurrences(of: "'", with: "''") + "'"
        return [
            ("[Content_Types].xml", header
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"\(contentType).sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"\(contentType).worksheet+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"\(contentType).styles+xml\"/>"
                + "</Types>"),
            ("_rels/.rels", header
                + "<Relationships xmlns=\"\(relationships)\">"
                + "<Relationship Id=\"rId1\" Type=\"\(officeRelationships)/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>"),
            ("xl/workbook.xml", header
                + "<workbook xmlns=\"\(main)\" xmlns:r=\"\(officeRelationships)\">"
                + "<bookViews><workbookView activeTab=\"0\"/></bookViews>"
                + "<sheets><sheet name=\"\(Self.escaped(sheetName))\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
                // Excel keeps an autofilter's range in this hidden name; without it some versions drop the filter.
                + "<definedNames><definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">"
                + Self.escaped("\(quotedName)!$A$1:$\(references[columns.count - 1])$\(rowCount + 1)")
                + "</definedName></definedNames>"
                + "</workbook>"),
            ("xl/_rels/workbook.xml.rels", header
                + "<Relationships xmlns=\"\(relationships)\">"
                + "<Relationship Id=\"rId1\" Type=\"\(officeRelationships)/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"\(officeRelationships)/styles\" Target=\"styles.xml\"/>"
                + "</Relationships>"),
            ("xl/styles.xml", styles.xml),
        ]
    }

    /// Excel's rules for sheet names: 1–31 characters, none of `[]:*?/\`, not starting or
    /// ending with an apostrophe.
    static func sanitizedSheetName(_ name: String) -> String {
        let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
        var cleaned = String(name.filter { !forbidden.contains($0) && !$0.isNewline })
        while cleaned.hasPrefix("'") { cleaned.removeFirst() }
        while cleaned.hasSuffix("'") { cleaned.removeLast() }
        cleaned = String(cleaned.prefix(31))
        return cleaned.isEmpty ? "Sheet1" : cleaned
    }

    /// `0` → `A`, `25` → `Z`, `26` → `AA`.
    static func columnLetters(_ index: Int) -> String {
        var n = index + 1
        var letters: [Character] = []
        while n > 0 {
            let remainder = (n - 1) % 26
            letters.insert(Character(Unicode.Scalar(UInt8(65 + remainder))), at: 0)
            n = (n - 1) / 26
        }
        return String(letters)
    }
}
