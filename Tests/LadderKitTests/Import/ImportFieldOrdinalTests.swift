import Testing
@testable import LadderKit

@Suite struct ImportFieldOrdinalTests {
    /// `ordinal` reads the case index from memory; it must agree with `allCases` for every case.
    @Test func ordinalIsThePositionInAllCases() {
        for (position, field) in ImportField.allCases.enumerated() {
            #expect(field.ordinal == position, "\(field)")
        }
    }
}
