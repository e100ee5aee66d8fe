/// Workbooks written by hand, part by part, the way a minimal writer would.
enum TestWorkbook {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let package = "http://schemas.openxmlformats.org/package/2006/relationships"

    /// `<worksheet>` around `sheetData` content.
    static func sheet(_ rows: String) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<worksheet xmlns=\"\(main)\"><sheetData>\(rows)</sheetData></worksheet>"
    }

    /// A complete package: root relationships, workbook, its relationships, the sheets (named
    /// `Sheet1`… unless given), and optional shared strings and styles.
    static func parts(sheets: [(name: String, xml: String)], sharedStrings: String? = nil, styles: String? = nil,
                      workbookProperties: String = "", sheetTarget: (Int) -> String = { "worksheets/sheet\($0).xml" },
                      deflate: Bool = true) -> [ZipBuilder.Entry] {
        var rels = sheets.indices.map {
            "<Relationship Id=\"rId\($0 + 1)\" Type=\"\(relationships)/worksheet\" Target=\"\(sheetTarget($0 + 1))\"/>"
        }
        var entries = [
            ZipBuilder.Entry("_rels/.rels", "<Relationships xmlns=\"\(package)\"><Relationship Id=\"rId1\" "
                + "Type=\"\(relationships)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>", deflate: deflate),
            ZipBuilder.Entry("xl/workbook.xml", "<workbook xmlns=\"\(main)\" xmlns:r=\"\(relationships)\">"
                + "\(workbookProperties)<sheets>"
                + sheets.indices.map { "<sheet name=\"\(sheets[$0].name)\" sheetId=\"\($0 + 1)\" r:id=\"rId\($0 + 1)\"/>" }
                    .joined()
                + "</sheets></workbook>", deflate: deflate),
        ]
        for (index, sheet) in sheets.enumerated() {
            entries.append(ZipBuilder.Entry("xl/worksheets/sheet\(index + 1).xml", sheet.xml, deflate: deflate))
        }
        if let sharedStrings {
            rels.append("<Relationship Id=\"rIdS\" Type=\"\(relationships)/sharedStrings\" Target=\"sharedStrings.xml\"/>")
            entries.append(ZipBuilder.Entry("xl/sharedStrings.xml", sharedStrings, deflate: deflate))
        }
        if let styles {
            rels.append("<Relationship Id=\"rIdT\" Type=\"\(relationships)/styles\" Target=\"styles.xml\"/>")
            entries.append(ZipBuilder.Entry("xl/styles.xml", styles, deflate: deflate))
        }
        entries.append(ZipBuilder.Entry("xl/_rels/workbook.xml.rels",
                                        "<Relationships xmlns=\"\(package)\">\(rels.joined())</Relationships>", deflate: deflate))
        return entries
    }

    static func bytes(_ rows: String, sharedStrings: String? = nil, styles: String? = nil,
                      workbookProperties: String = "") -> [UInt8] {
        ZipBuilder.build(parts(sheets: [("Sheet1", sheet(rows))], sharedStrings: sharedStrings, styles: styles,
                               workbookProperties: workbookProperties))
    }

    /// `cellXfs` with one `xf` per format id, in order (style index = position).
    static func styles(numberFormats: [Int], custom: [(id: Int, code: String)] = []) -> String {
        "<styleSheet xmlns=\"\(main)\"><numFmts count=\"\(custom.count)\">"
            + custom.map { "<numFmt numFmtId=\"\($0.id)\" formatCode=\"\($0.code)\"/>" }.joined()
            + "</numFmts><cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs><cellXfs count=\"\(numberFormats.count)\">"
            + numberFormats.map { "<xf numFmtId=\"\($0)\" fontId=\"0\"/>" }.joined()
            + "</cellXfs></styleSheet>"
    }
}
