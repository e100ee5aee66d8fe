/// A value typed on a command line or in a form, read exactly as the same text in a roster cell
/// is read (full-width digits, `1,234`, `120人`, 是/否, √/×), so no spelling a file takes is
/// refused when typed.
public enum EnteredValue {
    /// Why a typed value is not one: the message a roster's cell would get.
    public struct Problem: Error, Equatable, Sendable, CustomStringConvertible {
        public let description: String
    }

    /// A whole number: a count of staff or of IP.
    public static func count(_ text: String) throws(Problem) -> Int64 {
        let normal = CellText.normalize(text)
        switch ValueParser.integer(normal) {
        case let .success(value): return Int64(value)
        case let .failure(problem): throw Problem(description: problem.message(value: text))
        }
    }

    /// A yes/no fact.
    public static func flag(_ text: String) throws(Problem) -> Bool {
        switch ValueParser.flag(CellText.normalize(text)) {
        case let .success(value): return value
        case let .failure(problem): throw Problem(description: problem.message(value: text))
        }
    }
}
