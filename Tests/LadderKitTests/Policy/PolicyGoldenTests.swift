import Foundation
import Testing
@testable import LadderKit

/// The built-in policy as a file: the golden that documents the format and that imports are edited from.
/// Re-record with `LADDER_RECORD=1 swift test --filter PolicyGoldenTests`.
@Suite struct PolicyGoldenTests {
    static let goldenURL = PolicyFixture.url("jiangxi-2023.json")

    @Test func builtInEncodesToTheGoldenFile() throws {
        let encoded = PolicyDocument.encode(.builtIn)
        if ProcessInfo.processInfo.environment["LADDER_RECORD"] == "1" {
            try encoded.write(to: PolicyGoldenTests.goldenURL, atomically: true, encoding: .utf8)
        }
        let golden = try String(contentsOf: PolicyGoldenTests.goldenURL, encoding: .utf8)
        #expect(encoded == golden)
    }

    @Test func goldenFileDecodesToBuiltIn() throws {
        let golden = try String(contentsOf: PolicyGoldenTests.goldenURL, encoding: .utf8)
        #expect(try PolicyDocument.decode(json: golden) == Policy.builtIn)
    }

    @Test func encodeDecodeRoundTripEqualsBuiltIn() throws {
        #expect(try PolicyDocument.decode(json: PolicyDocument.encode(.builtIn)) == Policy.builtIn)
    }
}
