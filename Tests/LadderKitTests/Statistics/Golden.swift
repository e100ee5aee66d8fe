import Foundation
import Testing

/// Golden files for report text, under `Fixtures/stats/`. Run with `LADDER_RECORD_GOLDENS=1` to
/// write them anew, then read the diff: the files are the reviewed, expected output.
enum Golden {
    static var directory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/stats")
    }

    static func check(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = directory.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["LADDER_RECORD_GOLDENS"] == "1" {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try (text + "\n").write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(text + "\n" == expected, "differs from Fixtures/stats/\(name).txt; re-record with LADDER_RECORD_GOLDENS=1",
                sourceLocation: sourceLocation)
    }
}
