import Testing
@testable import LadderKit

@Suite struct ValidityTests {
    struct EndCase: CustomTestStringConvertible, Sendable {
        let issued: String, convention: EndConvention, end: String
        var testDescription: String { "\(issued) \(convention.rawValue) → \(end)" }
    }

    @Test(arguments: [
        EndCase(issued: "2023-11-22", convention: .civilCode, end: "2026-11-22"),
        EndCase(issued: "2023-11-22", convention: .minusOneDay, end: "2026-11-21"),
        EndCase(issued: "2024-02-29", convention: .civilCode, end: "2027-02-28"),
        EndCase(issued: "2024-02-29", convention: .minusOneDay, end: "2027-02-28"),
        EndCase(issued: "2023-03-01", convention: .minusOneDay, end: "2026-02-28"),
    ])
    func certificateEnds(_ c: EndCase) {
        #expect(CertificateTerm(years: 3, end: c.convention).end(issued: day(c.issued)).iso == c.end)
    }

    @Test func tsmeEnds() {
        #expect(TsmeTerm(end: .yearEnd).end(numberYear: 2024).iso == "2024-12-31")
        #expect(TsmeTerm(end: .march31NextYear).end(numberYear: 2024).iso == "2025-03-31")
    }

    @Test func listTerms() {
        let oneYear = ListTerm(term: .years, years: 1, end: .civilCode)
        #expect(oneYear.end(effective: day("2024-06-30"), nextListStart: nil)?.iso == "2025-06-30")
        let untilNext = ListTerm(term: .untilNextList, years: 1, end: .civilCode)
        #expect(untilNext.end(effective: day("2024-06-30"), nextListStart: day("2025-07-15"))?.iso == "2025-07-14")
        #expect(untilNext.end(effective: day("2024-06-30"), nextListStart: nil) == nil)
    }
}
