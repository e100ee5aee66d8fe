import Foundation
import Testing
@testable import LadderKit

/// The scanner reads the plain records `FactsJSON.encode` writes and leaves every other shape to
/// `JSONDecoder`; through `FactsJSON.decode(bytes:)` the result is the decoder's either way.
@Suite struct FactsJSONScannerTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let json: String
        /// What the record holds, written out by hand.
        let facts: AnnualFacts
        /// Whether the scanner reads it itself (false: left to JSONDecoder).
        let scanned: Bool
        var testDescription: String { json }
    }

    @Test(arguments: [
        Case(json: "{}", facts: AnnualFacts(), scanned: true),
        Case(json: #"{"employees":100,"revenue":48000000,"tech_staff":10}"#,
             facts: AnnualFacts(employees: 100, techStaff: 10, revenue: 48_000_000), scanned: true),
        Case(json: #"{"net_assets":-1,"ip1":0}"#, facts: AnnualFacts(netAssets: -1, ip1: 0), scanned: true),
        Case(json: #"{"major_accident":false,"owns_core_ip":true}"#,
             facts: AnnualFacts(ownsCoreIP: true, majorAccident: false), scanned: true),
        Case(json: #"{"field":"新材料"}"#, facts: AnnualFacts(field: "新材料"), scanned: true),
        // Scores: whole, one and two decimals, exactly in hundredths.
        Case(json: #"{"innovation_score":70}"#, facts: AnnualFacts(innovationScore: Points(hundredths: 7000)), scanned: true),
        Case(json: #"{"innovation_score":70.5}"#, facts: AnnualFacts(innovationScore: Points(hundredths: 7050)), scanned: true),
        Case(json: #"{"innovation_score":70.01}"#, facts: AnnualFacts(innovationScore: Points(hundredths: 7001)), scanned: true),
        Case(json: #"{"innovation_score":70.10}"#, facts: AnnualFacts(innovationScore: Points(hundredths: 7010)), scanned: true),
        // 17 digits is the longest the scanner takes; 18 go to JSONDecoder, with the same value.
        Case(json: #"{"revenue":12345678901234567}"#, facts: AnnualFacts(revenue: 12_345_678_901_234_567), scanned: true),
        Case(json: #"{"revenue":123456789012345678}"#, facts: AnnualFacts(revenue: 123_456_789_012_345_678), scanned: false),
        // Shapes left to JSONDecoder.
        Case(json: #"{"innovation_parts":{"growth":11,"ip":25},"innovation_score":76}"#,
             facts: AnnualFacts(innovationScore: Points(hundredths: 7600),
                                innovationParts: InnovationParts(ip: Points(hundredths: 2500), growth: Points(hundredths: 1100))),
             scanned: false),
        Case(json: #"{"innovation_score":70.500}"#, facts: AnnualFacts(innovationScore: Points(hundredths: 7050)), scanned: false),
        Case(json: #"{"field":"新\"材料"}"#, facts: AnnualFacts(field: "新\"材料"), scanned: false),
        Case(json: #"{ "employees": 5 }"#, facts: AnnualFacts(employees: 5), scanned: false),
        Case(json: #"{"employees":5,"note":"x"}"#, facts: AnnualFacts(employees: 5), scanned: false),
        Case(json: #"{"employees":null}"#, facts: AnnualFacts(), scanned: false),
        // A key spelt with an escape matches no key's bytes: JSONDecoder reads it.
        Case(json: #"{"employee\u0073":5}"#, facts: AnnualFacts(employees: 5), scanned: false),
        // JSONDecoder keeps the first of a repeated key.
        Case(json: #"{"employees":5,"employees":6}"#, facts: AnnualFacts(employees: 5), scanned: false),
    ])
    func plainRecordsAreScannedAndTheRestDecoded(_ c: Case) throws {
        let scanned = Array(c.json.utf8).withUnsafeBytes { FactsJSONScanner.scan($0) }
        #expect((scanned != nil) == c.scanned)
        if let scanned { #expect(scanned == c.facts) }
        let decoded = try Array(c.json.utf8).withUnsafeBytes { try FactsJSON.decode(bytes: $0) }
        #expect(decoded == c.facts)
    }

    /// Records JSONDecoder refuses are refused the same through the bytes path, never half-read.
    @Test(arguments: [#"{"owns_core_ip":1}"#, #"{"employees":"5"}"#, #"{"employees":01}"#, #"{"employees":5"#, #"[]"#,
                      #"{"field":"新材料"#, "{\"field\":\"新\t材料\"}", #"{"employees:5}"#])
    func recordsTheDecoderRefusesAreRefused(_ json: String) {
        #expect(Array(json.utf8).withUnsafeBytes { FactsJSONScanner.scan($0) } == nil)
        #expect(throws: DecodingError.self) { try Array(json.utf8).withUnsafeBytes { try FactsJSON.decode(bytes: $0) } }
    }
}
