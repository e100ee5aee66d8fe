import Foundation
import HummingbirdTesting
import Testing

/// A file the readers refuse gets the command line's clear message as a 400, naming no path of the
/// server's, and records nothing.
@Suite struct ImportHostileFileTests {
    struct Hostile: CustomTestStringConvertible, Sendable {
        var name: String
        var bytes: [UInt8]
        var message: String
        var testDescription: String { name }
    }

    static let hostile: [Hostile] = [
        Hostile(name: "a program renamed .csv", bytes: [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0] + [UInt8](repeating: 0, count: 120),
                message: "this is not a text table (it holds binary data); export it from Excel or WPS as .xlsx or CSV UTF-8"),
        Hostile(name: "a web page renamed .xls", bytes: Array("<html><body><table><tr><td>企业名称</td></tr></table></body></html>".utf8),
                message: "this file is a web page or \"XML Spreadsheet 2003\" with a spreadsheet name, not a real workbook; "
                    + "open it in Excel or WPS and save it as .xlsx or CSV UTF-8"),
        Hostile(name: "UTF-16 text", bytes: [0xFF, 0xFE] + "统一社会信用代码,企业名称\r\n9136,甲\r\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
                message: "this text file is UTF-16 (Excel's \"Unicode Text\"); save it as CSV UTF-8 instead"),
        Hostile(name: "nothing", bytes: [], message: "the file is empty: it has no non-blank rows; export the table again"),
        Hostile(name: "no known column", bytes: Array("甲,乙,丙\n1,2,3\n".utf8),
                message: "cannot tell what kind of list this is from its headers (甲, 乙, 丙), and no row among the first 20 "
                    + "names known columns; if the headers are further down, say which row holds them (as the spreadsheet "
                    + "numbers it); say what kind of list it is, and map unusual headers to the fields they hold"),
    ]

    @Test(arguments: hostile)
    func aHostileFileIsRefusedAsTheCLIRefusesIt(_ file: Hostile) async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let response = try await client.upload(bytes: file.bytes, name: "名单.csv", as: "ganzhou-editor")
            #expect(response.status == .badRequest)
            #expect(response.json["error"] as? String == file.message)
        }
        // Nothing recorded, and the upload gone from the server's folder.
        let batches = try fixture.registry.importBatches()
        #expect(batches.isEmpty)
        let left = try FileManager.default.contentsOfDirectory(atPath: fixture.path + ".imports")
        #expect(left.isEmpty)
    }
}
