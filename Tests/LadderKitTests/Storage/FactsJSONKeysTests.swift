import Testing
@testable import LadderKit

/// The scanner's key table finds every facts key by its exact bytes, with a bit of its own, and
/// nothing else: no prefix, no longer name, no other case.
@Suite struct FactsJSONKeysTests {
    @Test func everyKeyIsFoundByItsName() {
        var bits: UInt64 = 0
        for key in AnnualFacts.CodingKeys.allCases {
            let entry = Array(key.rawValue.utf8).withUnsafeBytes { FactsJSONKeys.shared.entry($0) }
            #expect(entry?.key == key, "\(key.rawValue)")
            if let bit = entry?.bit {
                #expect(bit.nonzeroBitCount == 1 && bits & bit == 0, "\(key.rawValue)")
                bits |= bit
            }
        }
        #expect(bits.nonzeroBitCount == AnnualFacts.CodingKeys.allCases.count)
    }

    @Test(arguments: ["", "revenu", "revenuee", "Revenue", "ip3", "ip", "tech_stafg", "violation_or_bad_credit_in_3_years_"])
    func otherNamesAreNotKeys(_ name: String) {
        #expect(Array(name.utf8).withUnsafeBytes { FactsJSONKeys.shared.entry($0) } == nil)
    }
}
