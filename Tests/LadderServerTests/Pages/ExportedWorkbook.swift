import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// A downloaded .xlsx read back as a spreadsheet program reads it: the archive's parts, and the
/// first sheet's cells with their type (`inlineStr`, `s` for text; none for a number).
struct ExportedWorkbook {
    struct Cell {
        var reference: String
        var type: String?
        var value: String
    }

    let parts: [String: Data]
    let cells: [Cell]

    init(_ data: Data) throws {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts[entry.path] = bytes
        }
        self.parts = parts
        let reader = SheetReader()
        let parser = XMLParser(data: parts["xl/worksheets/sheet1.xml"] ?? Data())
        parser.delegate = reader
        _ = parser.parse()
        let shared = ExportedWorkbook.sharedStrings(parts["xl/sharedStrings.xml"])
        cells = reader.cells.map { cell in
            var cell = cell
            if cell.type == "s", let index = Int(cell.value), index < shared.count { cell.value = shared[index] }
            return cell
        }
    }

    private final class SheetReader: NSObject, XMLParserDelegate {
        var cells: [Cell] = []
        private var inValue = false

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            if name == "c" { cells.append(Cell(reference: attributes["r"] ?? "", type: attributes["t"], value: "")) }
            inValue = name == "v" || name == "t"
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inValue, !cells.isEmpty { cells[cells.count - 1].value += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            inValue = false
        }
    }

    /// The shared strings' texts in order (`<si><t>…</t></si>`).
    private static func sharedStrings(_ data: Data?) -> [String] {
        guard let data else { return [] }
        let text = String(decoding: data, as: UTF8.self)
        guard let regex = try? NSRegularExpression(pattern: "<si>(.*?)</si>", options: [.dotMatchesLineSeparators]) else { return [] }
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]).replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression) }
        }
    }
}
