import Hummingbird
import Testing
@testable import LadderServer

/// The year of an upload is read as the clerk typed it: a Chinese input method gives full-width
/// digits (２０２４), and spaces around it are not the clerk's meaning; the years the rules know run
/// from 1949 to 2100, both included.
@Suite struct ImportQueryTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let typed: String, year: Int?
        var testDescription: String { "'\(typed)'" }
    }

    @Test(arguments: [
        Case(typed: "2024", year: 2024), Case(typed: "２０２４", year: 2024), Case(typed: " 2024\u{3000}", year: 2024),
        Case(typed: "1949", year: 1949), Case(typed: "2100", year: 2100),
        Case(typed: "1948", year: nil), Case(typed: "２１０１", year: nil), Case(typed: "24", year: nil),
    ])
    func aYearIsReadAsTheClerkTypedIt(_ c: Case) throws {
        let query: Parameters = ["year": Substring(c.typed)]
        if let year = c.year {
            #expect(try ImportQuery(query).options.year == year)
        } else {
            #expect(throws: APIError.self) { try ImportQuery(query) }
        }
    }
}
