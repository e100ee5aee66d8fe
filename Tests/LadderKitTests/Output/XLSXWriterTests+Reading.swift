import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation
@testable import LadderKit

/// Reads back what `XLSXWriter` wrote: the archive's parts and the sheet's cells, parsed with
/// XMLParser so the tests check what a reader sees, not the writer's own strings.
struct WrittenWorkbook {
    struct Cell: Equatable {
        var reference: String
        var type: String?
        var style: String?
        var value: String
    }

    let parts: [String: Data]

    init(url: URL) throws {
        let archive = try Archive(url: url, accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts[entry.path] = data
        }
        self.parts = parts
    }

    func text(_ path: String) -> String { String(decoding: parts[path] ?? Data(), as: UTF8.self) }

    /// Elements of a part, in document order, with their attributes and text.
    func elements(_ path: String) -> [XMLElementRecord] {
        let collector = XMLElementCollector()
        let parser = XMLParser(data: parts[path] ?? Data())
        parser.delegate = collector
        collector.parsed = parser.parse()
        return collector.parsed ? collector.elements : []
    }

    var cells: [Cell] {
        var cells: [Cell] = []
        for element in elements("xl/worksheets/sheet1.xml") {
            switch element.name {
            case "c":
                cells.append(Cell(reference: element.attributes["r"] ?? "", type: element.attributes["t"],
                                  style: element.attributes["s"], value: ""))
            case "v", "t":
                cells[cells.count - 1].value = element.text
            default:
                break
            }
        }
        return cells
    }
}

struct XMLElementRecord {
    var name: String
    var attributes: [String: String]
    var text = ""
}

final class XMLElementCollector: NSObject, XMLParserDelegate {
    var elements: [XMLElementRecord] = []
    var parsed = false
    private var open: [Int] = []

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        open.append(elements.count)
        elements.append(XMLElementRecord(name: name, attributes: attributes))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let index = open.last { elements[index].text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        open.removeLast()
    }
}

func temporaryXLSX() -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("ladder-test-\(UUID().uuidString).xlsx")
}
