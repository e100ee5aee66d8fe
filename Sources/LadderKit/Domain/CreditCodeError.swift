/// Why a text is not a valid 统一社会信用代码 (GB 32100-2015). Each case says what to do next.
public enum CreditCodeError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    /// The column was stored as a number and Excel printed it in scientific notation.
    case scientificNotation(value: String)
    /// 18 digits ending in `000` that fail the check: Excel kept only 15 significant digits.
    case truncatedByExcel(value: String)
    case wrongLength(value: String, length: Int)
    case invalidCharacter(value: String, character: Character, position: Int)
    case unknownAuthority(value: String, authority: Character)
    case unknownCategory(value: String, authority: Character, category: Character, allowed: String)
    case divisionNotDigits(value: String, division: String)
    case organisationCheck(value: String, found: Character, expected: Character)
    case check(value: String, found: Character, expected: Character)

    public var description: String {
        typealias T = InputErrorText
        let excelFix = T.excelFix.text()
        switch self {
        case .empty:
            return T.codeEmpty.text()
        case let .scientificNotation(value):
            return T.codeScientific.text(["value": value, "fix": excelFix])
        case let .truncatedByExcel(value):
            return T.codeTruncated.text(["value": value, "fix": excelFix])
        case let .wrongLength(value, length):
            return T.codeLength.text(["value": value, "length": length])
        case let .invalidCharacter(value, character, position):
            return T.codeCharacter.text(["value": value, "character": character, "position": position])
        case let .unknownAuthority(value, authority):
            return T.codeAuthority.text(["value": value, "authority": authority])
        case let .unknownCategory(value, authority, category, allowed):
            return T.codeCategory.text(["value": value, "category": category, "authority": authority, "allowed": allowed])
        case let .divisionNotDigits(value, division):
            return T.codeDivision.text(["value": value, "division": division])
        case let .organisationCheck(value, found, expected):
            return T.codeOrganisationCheck.text(["value": value, "found": found, "expected": expected])
        case let .check(value, found, expected):
            return T.codeCheck.text(["value": value, "found": found, "expected": expected])
        }
    }
}
