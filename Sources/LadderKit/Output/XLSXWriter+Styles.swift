extension XLSXWriter {
    /// The cell formats (`cellXfs`) of the workbook and which one each value takes.
    struct Styles {
        static let normal = 0, header = 1, text = 2, date = 3, integer = 4
        /// Custom number formats start at 164; 49 (`@`) and 1 (`0`) are built in.
        static let dateFormatID = 164

        /// Distinct decimal places used by `.decimal` columns, each with its own format.
        let decimalPlaces: [Int]

        init(columns: [Column]) {
            var places: [Int] = []
            for column in columns where column.kind == .decimal && !places.contains(column.decimalPlaces) {
                places.append(column.decimalPlaces)
            }
            decimalPlaces = places
        }

        /// The style for a number written into `column`.
        func numberStyle(in column: Column, isInteger: Bool) -> Int {
            if column.kind == .decimal, let index = decimalPlaces.firstIndex(of: column.decimalPlaces) {
                return 5 + index
            }
            return isInteger ? Self.integer : Self.normal
        }

        var xml: String {
            let decimalFormats = decimalPlaces.enumerated().map { index, places in
                let code = places == 0 ? "0" : "0." + String(repeating: "0", count: places)
                return "<numFmt numFmtId=\"\(Self.dateFormatID + 1 + index)\" formatCode=\"\(code)\"/>"
            }
            let formats = ["<numFmt numFmtId=\"\(Self.dateFormatID)\" formatCode=\"yyyy-mm-dd\"/>"] + decimalFormats
            let decimalXfs = decimalPlaces.indices.map { index in
                "<xf numFmtId=\"\(Self.dateFormatID + 1 + index)\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            }
            let xfs = [
                "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>",
                "<xf numFmtId=\"49\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment vertical=\"center\"/></xf>",
                "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>",
                "<xf numFmtId=\"\(Self.dateFormatID)\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>",
                "<xf numFmtId=\"1\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>",
            ] + decimalXfs
            return """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                <numFmts count="\(formats.count)">\(formats.joined())</numFmts>\
                <fonts count="2">\
                <font><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font>\
                <font><b/><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font>\
                </fonts>\
                <fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
                <fill><patternFill patternType="solid"><fgColor rgb="FFE8EEF7"/><bgColor indexed="64"/></patternFill></fill></fills>\
                <borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>\
                <border><left/><right/><top/><bottom style="thin"><color rgb="FF8EA9C1"/></bottom><diagonal/></border></borders>\
                <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
                <cellXfs count="\(xfs.count)">\(xfs.joined())</cellXfs>\
                <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
                </styleSheet>
                """
        }
    }
}
