import Testing
@testable import LadderKit

/// The test roster's codes pass the library's own validation, and match published codes.
@Suite struct ReliabilityRosterTests {
    @Test func codesAreValid() throws {
        for serial in [0, 1, 42, 4_000, 99_999_999] {
            #expect(throws: Never.self) { try CreditCode(ReliabilityRoster.code(serial)) }
        }
        #expect(ReliabilityRoster.code(19_220_382, division: "440300") == "914403001922038216")
    }
}
