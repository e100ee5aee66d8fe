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
        let excelFix = "the column was stored as a number; re-export it as text"
        switch self {
        case .empty:
            return "统一社会信用代码 is empty; enter the 18-character code"
        case let .scientificNotation(value):
            return "'\(value)' is a number in scientific notation, not a credit code: \(excelFix)"
        case let .truncatedByExcel(value):
            return "'\(value)' ends in 000 and fails the check: Excel dropped its last digits (\(excelFix))"
        case let .wrongLength(value, length):
            return "'\(value)' has \(length) characters; a 统一社会信用代码 has 18"
        case let .invalidCharacter(value, character, position):
            return "'\(value)' has '\(character)' at position \(position); allowed are 0-9 and "
                + "ABCDEFGHJKLMNPQRTUWXY (no I, O, S, V, Z)"
        case let .unknownAuthority(value, authority):
            return "'\(value)' starts with '\(authority)', which is no registration authority of GB 32100 "
                + "(1-9, A, N or Y; enterprises start with 9)"
        case let .unknownCategory(value, authority, category, allowed):
            return "'\(value)' has category '\(category)' under authority '\(authority)'; allowed are \(allowed)"
        case let .divisionNotDigits(value, division):
            return "'\(value)' has division code '\(division)' at positions 3-8; it must be six digits"
        case let .organisationCheck(value, found, expected):
            return "'\(value)' has organisation-code check character '\(found)' at position 17, expected '\(expected)'"
        case let .check(value, found, expected):
            return "'\(value)' has check character '\(found)', expected '\(expected)'"
        }
    }
}
