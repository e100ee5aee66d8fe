import LadderKit

/// Chinese help laid out for the terminal. The parser wraps only at spaces and counts a Chinese
/// character as one column, so Chinese help is rendered unwrapped and wrapped here by display
/// width, keeping the parser's hanging indents: an option's text under its text, a section's under
/// its first word, `用法：…` under what follows the colon.
enum HelpLayout {
    static let width = 80

    static func wrapped(_ message: String, width: Int = width) -> String {
        message.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line -> [String] in
            let line = String(line)
            guard DisplayWidth.of(line) > width else { return [line] }
            let start = textStart(of: line)
            let prefix = String(line[..<start])
            let indent = String(repeating: " ", count: DisplayWidth.of(prefix))
            return TextWrap.lines(String(line[start...]), width: width, first: prefix, rest: indent)
        }.joined(separator: "\n")
    }

    /// Where a line's text begins: after an option's or subcommand's name and the gap that follows it, after a
    /// leading label ending in `：`, or after the leading spaces.
    static func textStart(of line: String) -> String.Index {
        let leading = line.firstIndex { $0 != " " } ?? line.endIndex
        if let colon = line.firstIndex(of: "："), DisplayWidth.of(String(line[..<colon])) <= 8 {
            return line.index(after: colon)
        }
        if line.distance(from: line.startIndex, to: leading) == 2, let gap = line[leading...].range(of: "  ") {
            return line[gap.lowerBound...].firstIndex { $0 != " " } ?? line.endIndex
        }
        return leading
    }
}
