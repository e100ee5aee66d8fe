import Foundation
import Testing
@testable import LadderKit

/// The suites for `Import/Reading`, grouped so that `swift test --filter Reading` runs them all.
@Suite enum ReadingTests {}

/// Everything a reader returned for one file.
struct ReadTable: Equatable {
    var header: [String]
    var headerRowNumber: Int
    var rows: [SheetRow]
    var encodingName: String
    var sheetName: String?
}

enum ReadingSupport {
    /// A committed fixture under `Fixtures/reading/`.
    static func fixture(_ name: String) -> String {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures/reading/\(name)").path
    }

    static func fixtureBytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: fixture(name))))
    }

    /// Writes `bytes` to a fresh temporary file, runs `body` on its path, then removes it.
    static func withFile<T>(_ bytes: [UInt8], suffix: String = ".csv", _ body: (String) throws -> T) throws -> T {
        let path = NSTemporaryDirectory() + "ladder-reading-\(UUID().uuidString)\(suffix)"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try body(path)
    }

    static func read(path: String, encoding: TextEncoding = .auto, sheet: String? = nil,
                     limits: ReadLimits = .standard) throws -> ReadTable {
        let reader = try TableFile.open(path: path, encoding: encoding, sheet: sheet, limits: limits)
        var rows: [SheetRow] = []
        while let row = try reader.next() { rows.append(row) }
        return ReadTable(header: reader.header, headerRowNumber: reader.headerRowNumber, rows: rows,
                         encodingName: reader.encodingName, sheetName: reader.sheetName)
    }

    static func read(bytes: [UInt8], suffix: String = ".csv", encoding: TextEncoding = .auto, sheet: String? = nil,
                     limits: ReadLimits = .standard) throws -> ReadTable {
        try withFile(bytes, suffix: suffix) { try read(path: $0, encoding: encoding, sheet: sheet, limits: limits) }
    }

    /// The `ReadError` reading `bytes` fails with, or nil if it succeeds.
    static func failure(bytes: [UInt8], suffix: String = ".csv", encoding: TextEncoding = .auto, sheet: String? = nil,
                        limits: ReadLimits = .standard) -> ReadError? {
        do {
            _ = try read(bytes: bytes, suffix: suffix, encoding: encoding, sheet: sheet, limits: limits)
            return nil
        } catch let error as ReadError {
            return error
        } catch {
            return .ioFailure(reason: "unexpected \(type(of: error)): \(error)")
        }
    }
}

/// A CSV row: "" is an empty cell, anything else text.
func textRow(_ number: Int, _ cells: String..., invalid: Bool = false) -> SheetRow {
    SheetRow(number: number, cells: cells.map { $0.isEmpty ? .empty : .text($0) }, hadInvalidBytes: invalid)
}


func limits(_ change: (inout ReadLimits) -> Void) -> ReadLimits {
    var l = ReadLimits()
    change(&l)
    return l
}
