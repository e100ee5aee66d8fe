import Testing
@testable import LadderKit

@Suite struct CreditCodeTests {
    @Test(arguments: [
        "914403001922038216", "91440300708461136T", "9136060006346630XD", "91360722MA35G1YK7R",
        " 91360722ma35g1yk7r\u{3000}",
    ])
    func valid(_ text: String) throws {
        let code = try CreditCode(text)
        #expect(code.text == text.trimmingSpaces().uppercased())
    }

    /// The check on bytes that the reading thread asks of every row's code cell.
    @Test(arguments: [
        ("914403001922038216", true), ("91440300708461136T", true), ("9136060006346630XD", true),
        ("91360722MA35G1YK7R", true),
        ("914403001922038217", false),  // the last check character one off
        ("91440300708461137T", false),  // the organisation check character one off
        ("91360722ma35g1yk7r", false),  // lower case: left to CreditCode(_:)
        ("91360722MI35G1YK7R", false),  // I is not in the alphabet
        ("B1360722MA35G1YK7P", false),  // no such authority
        ("9136072MA35G1YK7R", false), ("9136060006346630XD0", false),
    ])
    func isValidOnBytes(_ text: String, _ valid: Bool) {
        #expect(Array(text.utf8).withUnsafeBufferPointer(CreditCode.isValid) == valid)
    }

    struct InvalidCase: CustomTestStringConvertible, Sendable {
        let name: String, text: String, error: CreditCodeError
        var testDescription: String { name }
    }

    @Test(arguments: [
        InvalidCase(name: "DOMAIN vector: check Z should be 3", text: "91350100M000100Y4Z",
                    error: .check(value: "91350100M000100Y4Z", found: "Z", expected: "3")),
        InvalidCase(name: "empty", text: "  ", error: .empty),
        InvalidCase(name: "too short", text: "9136072MA35G1YK7R",
                    error: .wrongLength(value: "9136072MA35G1YK7R", length: 17)),
        InvalidCase(name: "letter O not in alphabet", text: "91360722MO35G1YK7R",
                    error: .invalidCharacter(value: "91360722MO35G1YK7R", character: "O", position: 10)),
        InvalidCase(name: "Chinese character", text: "91360722MA35G1YK7中",
                    error: .invalidCharacter(value: "91360722MA35G1YK7中", character: "中", position: 18)),
        InvalidCase(name: "unknown authority B", text: "B1360722MA35G1YK7P",
                    error: .unknownAuthority(value: "B1360722MA35G1YK7P", authority: "B")),
        InvalidCase(name: "category 4 under market regulation", text: "94360722MA35G1YK7G",
                    error: .unknownCategory(value: "94360722MA35G1YK7G", authority: "9", category: "4",
                                            allowed: "1, 2, 3")),
        InvalidCase(name: "division with a letter", text: "91A60722MA35G1YK7Q",
                    error: .divisionNotDigits(value: "91A60722MA35G1YK7Q", division: "A60722")),
        InvalidCase(name: "organisation check", text: "91360722MA35G1YK8W",
                    error: .organisationCheck(value: "91360722MA35G1YK8W", found: "8", expected: "7")),
        InvalidCase(name: "final check", text: "91360722MA35G1YK7X",
                    error: .check(value: "91360722MA35G1YK7X", found: "X", expected: "R")),
        InvalidCase(name: "Excel scientific notation", text: "9.13601E+17",
                    error: .scientificNotation(value: "9.13601E+17")),
        InvalidCase(name: "Excel dropped digits", text: "913601007054321000",
                    error: .truncatedByExcel(value: "913601007054321000")),
    ])
    func invalid(_ c: InvalidCase) {
        #expect(throws: c.error) { try CreditCode(c.text) }
    }

    @Test func messagesNameTheFix() {
        #expect(CreditCodeError.check(value: "91350100M000100Y4Z", found: "Z", expected: "3").description
            == "'91350100M000100Y4Z' has check character 'Z', expected '3'")
        #expect(CreditCodeError.scientificNotation(value: "9.13601E+17").description
            == "'9.13601E+17' is a number in scientific notation, not a credit code: "
            + "the column was stored as a number; re-export it as text")
    }

    @Test func divisionIsPositionsThreeToEight() throws {
        #expect(try CreditCode("91360722MA35G1YK7R").division == "360722")
    }
}
