import Foundation
@testable import LadderKit
import Testing

/// Every message of the catalogue has both languages, neither empty, taking the same values.
@Suite struct CatalogueTests {
    @Test(arguments: Catalogue.entries.map(\.key))
    func bothLanguagesTakeTheSameValues(_ key: String) throws {
        let entry = try #require(Catalogue.entries.first { $0.key == key }?.entry)
        #expect(!entry.zh.trimmingCharacters(in: .whitespaces).isEmpty, "\(key) has no Chinese")
        #expect(!entry.en.trimmingCharacters(in: .whitespaces).isEmpty, "\(key) has no English")
        let names = CatalogueEntry.placeholders(in: entry.zh)
        #expect(CatalogueEntry.placeholders(in: entry.en) == names, "\(key): English takes other values than Chinese")
        if let one = entry.enOne {
            #expect(CatalogueEntry.placeholders(in: one) == names, "\(key): the singular takes other values")
        }
    }

    /// An area written but not listed would escape the tests above: every `CatalogueArea` declared in
    /// the library's sources is in `Catalogue.areas`.
    @Test func everyAreaIsListed() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/LadderKit")
        let listed = Set(Catalogue.areas.map { String(describing: $0) })
        var declared: [String] = []
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        for case let file as URL in files where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in text.matches(of: /enum (\w+): String, CatalogueArea/) { declared.append(String(match.1)) }
        }
        #expect(declared.count >= 40)
        #expect(declared.filter { !listed.contains($0) } == [])
    }

    @Test func keysAreUnique() {
        let keys = Catalogue.entries.map(\.key)
        #expect(Set(keys).count == keys.count)
    }

    struct TextCase: CustomTestStringConvertible, Sendable {
        let language: Language
        let count: Int
        let expected: String
        var testDescription: String { "\(language) \(count)" }
    }

    @Test(arguments: [
        TextCase(language: .zh, count: 1, expected: "合计：1 家，每家企业只计一次"),
        TextCase(language: .zh, count: 12_345, expected: "合计：12,345 家，每家企业只计一次"),
        TextCase(language: .en, count: 1, expected: "total: 1 firm, each counted once"),
        TextCase(language: .en, count: 0, expected: "total: 0 firms, each counted once"),
    ])
    func valuesGoInByName(_ c: TextCase) {
        #expect(StatsText.total.text(in: c.language, ["firms": ProseFormat.firms(c.count, in: c.language)]) == c.expected)
    }

    @Test func theEnglishSingularIsChosenByCount() {
        let entry = CatalogueEntry(zh: "{count} 行", en: "{count} rows", enOne: "{count} row")
        #expect(entry.text(.en, ["count": 1]) == "1 row")
        #expect(entry.text(.en, ["count": 2]) == "2 rows")
        #expect(entry.text(.zh, ["count": 1]) == "1 行")
    }

    @Test func theTaskLanguageWinsOverTheProcessOne() {
        #expect(Language.$scoped.withValue(.zh) { StatsText.columnCount.text() } == "数量")
        #expect(Language.$scoped.withValue(.en) { StatsText.columnCount.text() } == "count")
    }
}
