import Testing
@testable import LadderKit

extension ReadingTests {
    @Suite struct WorkbookValueTests {
        struct SerialCase: CustomTestStringConvertible, Sendable {
            let serial: Double
            var date1904 = false
            let iso: String?
            var testDescription: String { "\(serial)\(date1904 ? " (1904)" : "") → \(iso ?? "nil")" }
        }

        @Test(arguments: [
            SerialCase(serial: 0.99, iso: nil),
            SerialCase(serial: 1, iso: "1900-01-01"),
            SerialCase(serial: 59, iso: "1900-02-28"),
            SerialCase(serial: 60, iso: nil),
            SerialCase(serial: 61, iso: "1900-03-01"),
            SerialCase(serial: 25_569, iso: "1970-01-01"),
            SerialCase(serial: 45_231.999, iso: "2023-11-01"),
            SerialCase(serial: 2_958_465, iso: "9999-12-31"),
            SerialCase(serial: 2_958_466, iso: nil),
            SerialCase(serial: -5, iso: nil),
            SerialCase(serial: .nan, iso: nil),
            SerialCase(serial: 0.5, date1904: true, iso: nil),
            SerialCase(serial: 1, date1904: true, iso: "1904-01-02"),
            SerialCase(serial: 43_769, date1904: true, iso: "2023-11-01"),
            SerialCase(serial: 2_957_003, date1904: true, iso: "9999-12-31"),
            SerialCase(serial: 2_957_004, date1904: true, iso: nil),
        ])
        func serials(_ c: SerialCase) {
            #expect(ExcelSerial.day(serial: c.serial, date1904: c.date1904)?.iso == c.iso)
        }

        struct FormatCase: CustomTestStringConvertible, Sendable {
            let code: String
            let isDate: Bool
            var testDescription: String { code }
        }

        @Test(arguments: [
            FormatCase(code: "yyyy-mm-dd", isDate: true),
            FormatCase(code: "yyyy\\-mm\\-dd", isDate: true),
            FormatCase(code: "yyyy\"年\"m\"月\"d\"日\"", isDate: true),
            FormatCase(code: "[$-804]yyyy年m月d日;@", isDate: true),
            FormatCase(code: "[DBNum1][$-804]m月d日", isDate: true),
            FormatCase(code: "mmm-yy", isDate: true),
            FormatCase(code: "DD/MM/YYYY", isDate: true),
            FormatCase(code: "m/d/yy h:mm", isDate: true),
            FormatCase(code: "General", isDate: false),
            FormatCase(code: "0.00", isDate: false),
            FormatCase(code: "#,##0.00_);[Red]\\(#,##0.00\\)", isDate: false),
            FormatCase(code: "0.00E+00", isDate: false),
            FormatCase(code: "h:mm:ss", isDate: false),
            FormatCase(code: "[h]:mm:ss", isDate: false),
            FormatCase(code: "mm:ss", isDate: false),
            FormatCase(code: "\"day \"0", isDate: false),
            FormatCase(code: "@", isDate: false),
            FormatCase(code: "0;[Red]yyyy", isDate: false),
        ])
        func customFormats(_ c: FormatCase) {
            #expect(NumberFormat.isDate(code: c.code) == c.isDate)
        }

        @Test(arguments: [(13, false), (14, true), (22, true), (23, false), (27, true), (31, true), (36, true), (37, false),
                          (44, false), (45, true), (47, true), (49, false), (50, true), (58, true), (59, false)])
        func builtInFormats(_ id: Int, _ isDate: Bool) {
            #expect(NumberFormat.isBuiltInDate(id) == isDate)
        }

        @Test(arguments: [("A1", 1), ("Z9", 26), ("AA10", 27), ("ab12", 28), ("XFD1048576", 16_384), ("C", 3)])
        func columns(_ reference: String, _ column: Int) {
            #expect(Array(reference.utf8).withUnsafeBufferPointer { CellReference.column($0) } == column)
        }

        @Test(arguments: ["", "1A", "ABCD1", "A-1", "A1B"])
        func invalidReferences(_ reference: String) {
            #expect(Array(reference.utf8).withUnsafeBufferPointer { CellReference.column($0) } == nil)
        }

        @Test(arguments: [(1, "A"), (26, "Z"), (27, "AA"), (16_384, "XFD")])
        func columnLetters(_ column: Int, _ letters: String) {
            #expect(CellReference.letters(column) == letters)
        }

        @Test(arguments: [
            ("xl/workbook.xml", "worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"),
            ("xl/workbook.xml", "/xl/worksheets/sheet2.xml", "xl/worksheets/sheet2.xml"),
            ("xl/workbook.xml", "../customXml/item1.xml", "customXml/item1.xml"),
            ("", "xl/workbook.xml", "xl/workbook.xml"),
            ("xl/workbook.xml", "./worksheets\\sheet3.xml", "xl/worksheets/sheet3.xml"),
        ])
        func relationshipTargets(_ source: String, _ target: String, _ part: String) {
            #expect(WorkbookPackage.resolve(target, from: source) == part)
        }
    }
}
