import Foundation

// INTERIM until the streaming readers land: the same API over a naive in-memory CSV parse.
public enum CellValue: Equatable, Sendable {
    case empty, text(String), number(String), date(Day), bool(Bool), error(String)
}
public struct SheetRow: Sendable {
    public let number: Int
    public let cells: [CellValue]
    public let hadInvalidBytes: Bool
}
public enum TextEncoding: String, CaseIterable, Sendable { case auto, utf8 = "utf-8", gb18030 }
public protocol RowReader: AnyObject {
    var header: [String] { get }
    var headerRowNumber: Int { get }
    func next() throws -> SheetRow?
    var bytesRead: Int64 { get }
    var totalBytes: Int64 { get }
    var encodingName: String { get }
}
final class InterimCSV: RowReader {
    var header: [String] = []
    var headerRowNumber = 1
    var rows: [[String]] = []
    var index = 0
    var bytesRead: Int64 = 0
    var totalBytes: Int64 = 0
    var encodingName = "utf-8"
    init(path: String) throws {
        var text = try String(contentsOfFile: path, encoding: .utf8)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        totalBytes = Int64(text.utf8.count)
        let lines = text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        rows = lines.map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        header = rows.first ?? []
        index = 1
    }
    func next() throws -> SheetRow? {
        guard index < rows.count else { bytesRead = totalBytes; return nil }
        defer { index += 1 }
        return SheetRow(number: index + 1, cells: rows[index].map { $0.isEmpty ? .empty : .text($0) },
                        hadInvalidBytes: false)
    }
}
public enum TableFile {
    public static func open(path: String, encoding: TextEncoding = .auto, sheet: String? = nil) throws -> any RowReader {
        try InterimCSV(path: path)
    }
}

// INTERIM until Money lands from the eligibility work.
extension ValueParser {
    static func money(_ text: String, defaultWan: Bool) -> Result<Int64, ValueProblem> {
        var body = text.replacingOccurrences(of: ",", with: "")
        var wan = defaultWan
        if body.hasSuffix("万元") { body.removeLast(2); wan = true }
        else if body.hasSuffix("万") { body.removeLast(); wan = true }
        else if body.hasSuffix("元") { body.removeLast(); wan = false }
        if let marker = approximation(in: body) { return .failure(.approximate(marker: marker)) }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = Int64(parts[0]), whole >= 0 else {
            return .failure(.money("'\(text)' is not an amount of money; write digits, e.g. 1234.56 or 1234.56万元"))
        }
        let fraction = parts.count == 2 ? String(parts[1]) : ""
        guard fraction.allSatisfy(\.isNumber) else { return .failure(.money("'\(text)' is not an amount of money")) }
        let scale = wan ? 4 : 0
        let digits = fraction.padding(toLength: max(fraction.count, scale), withPad: "0", startingAt: 0)
        guard digits.dropFirst(scale).allSatisfy({ $0 == "0" }) else {
            return .failure(.money("'\(text)' has more precision than one yuan"))
        }
        let fractionYuan = Int64(String(digits.prefix(scale))) ?? 0
        return .success(whole * (wan ? 10_000 : 1) + fractionYuan)
    }
}
