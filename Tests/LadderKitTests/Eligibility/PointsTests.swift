import Foundation
import Testing
@testable import LadderKit

/// Scores are exact to hundredths: read from text, stored as JSON numbers, never through Double.
@Suite struct PointsTests {
    struct Stored: CustomTestStringConvertible, Sendable {
        let json: String
        let score: Points
        var testDescription: String { json }
    }

    /// A whole score is stored as the integer it always was, so facts recorded before scores could
    /// be fractions read unchanged and their stored text (and digest) stays the same.
    @Test(arguments: [
        Stored(json: #"{"innovation_score":71}"#, score: 71),
        Stored(json: #"{"innovation_score":70}"#, score: 70),
        Stored(json: #"{"innovation_score":70.5}"#, score: Points(hundredths: 7050)),
        Stored(json: #"{"innovation_score":70.01}"#, score: Points(hundredths: 7001)),
        Stored(json: #"{"innovation_score":0.1}"#, score: Points(hundredths: 10)),
    ])
    func storedFactsRoundTrip(_ c: Stored) throws {
        let facts = try FactsJSON.decode(c.json)
        #expect(facts.innovationScore == c.score)
        #expect(try FactsJSON.encode(facts) == c.json)
    }

    @Test func anOldIntegerScoreAndPartsStillRead() throws {
        let facts = try FactsJSON.decode(#"{"innovation_parts":{"growth":11,"ip":25},"innovation_score":76}"#)
        #expect(facts.innovationScore == Points(hundredths: 7600))
        #expect(facts.innovationParts == InnovationParts(ip: Points(hundredths: 2500), growth: Points(hundredths: 1100)))
    }

    @Test func aStoredScoreWithThreeDecimalsIsRefused() {
        #expect(throws: DecodingError.self) { try FactsJSON.decode(#"{"innovation_score":70.005}"#) }
    }

    struct Entered: CustomTestStringConvertible, Sendable {
        let text: String
        let hundredths: Int64?
        var testDescription: String { "'\(text)'" }
    }

    @Test(arguments: [
        Entered(text: "70", hundredths: 7000), Entered(text: "70.5", hundredths: 7050),
        Entered(text: "70.50", hundredths: 7050), Entered(text: "70.01", hundredths: 7001),
        Entered(text: "７０．５", hundredths: 7050), Entered(text: "70.5分", hundredths: 7050),
        Entered(text: " 71 ", hundredths: 7100), Entered(text: "70.500", hundredths: 7050),
        Entered(text: "70.005", hundredths: nil), Entered(text: "7e1", hundredths: nil),
        Entered(text: "70.", hundredths: nil), Entered(text: ".5", hundredths: nil),
        Entered(text: "约70", hundredths: nil), Entered(text: "", hundredths: nil),
    ])
    func enteredText(_ c: Entered) {
        #expect(Points(entered: c.text)?.hundredths == c.hundredths)
    }

    @Test func descriptionIsTheShortestExactDecimal() {
        #expect([Points(hundredths: 7100), Points(hundredths: 7050), Points(hundredths: 7001), Points(hundredths: -325)]
            .map(\.description) == ["71", "70.5", "70.01", "-3.25"])
    }
}
