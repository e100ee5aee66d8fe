import Foundation
@testable import LadderKit

/// Policy documents for tests: the golden built-in file, and copies with one edit.
enum PolicyFixture {
    static func url(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../Fixtures/policy/\(name)").standardizedFileURL
    }

    static func text(_ name: String) throws -> String { try String(contentsOf: url(name), encoding: .utf8) }

    /// The golden built-in document with `find` replaced by `replace`; fails loudly if `find`
    /// is not in it exactly once, so an edit never silently misses.
    static func edited(_ find: String, _ replace: String) throws -> String {
        let golden = try text("jiangxi-2023.json")
        let parts = golden.components(separatedBy: find)
        guard parts.count == 2 else { throw EditError(find: find, occurrences: parts.count - 1) }
        return parts.joined(separator: replace)
    }

    struct EditError: Error, CustomStringConvertible {
        let find: String, occurrences: Int
        var description: String { "'\(find)' occurs \(occurrences) times in the golden policy" }
    }
}
