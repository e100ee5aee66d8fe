import Testing
@testable import LadderKit

/// `FirmRecordsWindows`, the seam's reading of every firm with facts, gives the firms
/// `FirmRecordsReader` (SQLite's one ordered pass) gives, with the same records, whatever the
/// window's span — windows of one firm, of a few, and of more than the registry — on either engine.
/// The registry is `CandidatesBulkTests`': random histories, facts in several versions, a voided
/// batch of facts, corrections and firms set aside.
@Suite struct FirmRecordsWindowsTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let span: Int64
        let knownAt: String?
        var testDescription: String { "windows of \(span) firm ids, known at \(knownAt ?? "now")" }
    }

    static let cases = [Case(span: 1, knownAt: nil), Case(span: 7, knownAt: nil), Case(span: 7, knownAt: "2025-06-01T00:00:00Z"),
                        Case(span: 4096, knownAt: "2026-02-01T00:00:00Z")]

    @Test(arguments: EngineUnderTest.kinds, cases)
    func windowsReadWhatTheOrderedPassReads(on kind: EngineUnderTest.Kind, _ c: Case) throws {
        var random = SplitMix64(seed: 21)
        let f = try StatsFixture()
        try RandomHistory.write(into: f, firms: 120, random: &random)
        try RandomFacts.write(into: f.registry, random: &random)
        let knownAt = c.knownAt.map(moment)
        let expected = try f.registry.read { db in
            let reader = try FirmRecordsReader(db, knownAt: knownAt)
            return try Array(sequence: reader.next).map(Summary.init)
        }
        let engine = try EngineUnderTest(f.registry, on: kind)
        defer { withExtendedLifetime(engine) {} }
        let windowed = try engine.statistics.reading { connection in
            let windows = try FirmRecordsWindows(connection, knownAt: knownAt, span: c.span)
            return try Array(sequence: windows.next).map(Summary.init)
        }
        // About nine firms in ten have facts; two of the 120 are set aside.
        #expect(expected.count > 60 && expected.count < 119)
        #expect(windowed == expected)
    }

    /// One firm's records in a form that compares: events and corrections in id order, facts merged.
    struct Summary: Equatable, CustomStringConvertible {
        let id: Int64
        let enterprise: Enterprise?
        let events: [Event]
        let corrections: [Correction]
        let facts: [Int: AnnualFacts]

        init(_ firm: FirmRecordsReader.Firm) throws {
            id = firm.id
            enterprise = firm.enterprise
            events = firm.events.sorted { $0.id < $1.id }
            corrections = firm.corrections.sorted { $0.id < $1.id }
            facts = try firm.facts.merged()
        }

        var description: String { "firm \(id): \(events.count) events, \(corrections.count) corrections, \(facts.count) years" }
    }
}

extension Array {
    /// Every element `next` gives until it gives nil.
    init(sequence next: () throws -> Element?) rethrows {
        self.init()
        while let element = try next() { append(element) }
    }
}
