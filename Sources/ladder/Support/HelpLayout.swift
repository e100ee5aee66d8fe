import LadderKit

/// Chinese help laid out for the terminal. The parser wraps only at spaces and counts a Chinese
/// character as one column, so Chinese help is rendered unwrapped and laid out here by display
/// width: an option's text in the column the parser meant, wrapped under itself; a section's under
/// its first word; the usage line (`用法：…`) broken only between its words.
enum HelpLayout {
    static let width = 80
    /// Where the parser starts an option's or a subcommand's text.
    static let column = 26

    static func wrapped(_ message: String, width: Int = width) -> String {
        message.split(separator: "\n", omittingEmptySubsequences: false).flatMap { aligned(String($0)) }.flatMap { line -> [String] in
            guard DisplayWidth.of(line) > width else { return [line] }
            let start = textStart(of: line)
            let prefix = String(line[..<start])
            let indent = String(repeating: " ", count: DisplayWidth.of(prefix))
            if isUsage(prefix) { return spaced(String(line[start...]), width: width, first: prefix, rest: indent) }
            return TextWrap.lines(String(line[start...]), width: width, first: prefix, rest: indent)
        }.joined(separator: "\n")
    }

    /// An option's line with its text in column 26 by display width: the parser padded the name
    /// counting characters, and `<日期>` is two columns a character. A name that reaches the column
    /// gets its text on the next line, as the parser does for a long one.
    static func aligned(_ line: String) -> [String] {
        let characters = Array(line)
        guard line.hasPrefix("  "), characters.count > column, characters[2] == "-" || characters[2] == "<"
                || characters[2].isASCII && characters[2].isLetter,
              characters[column - 1] == " ", characters[column] != " " else { return [line] }
        let label = String(String(characters[..<column]).reversed().drop { $0 == " " }.reversed())
        let text = String(characters[column...])
        let labelWidth = DisplayWidth.of(label)
        let pad = { (count: Int) in String(repeating: " ", count: count) }
        return labelWidth <= column - 2 ? [label + pad(column - labelWidth) + text] : [label, pad(column) + text]
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

    /// `用法：` of help and of a usage error.
    private static func isUsage(_ prefix: String) -> Bool {
        prefix == ParserText.usage.text(in: .zh, ["text": ""]) || prefix == ParserText.usageShort.text(in: .zh, ["text": ""])
    }

    /// A usage line broken only at spaces outside brackets, so that `[--phone <电话>]` stays whole.
    static func spaced(_ text: String, width: Int, first: String, rest: String) -> [String] {
        var words: [String] = [], word = "", depth = 0
        for character in text {
            if character == " " && depth == 0 {
                if !word.isEmpty { words.append(word) }
                word = ""
                continue
            }
            if character == "[" || character == "<" { depth += 1 }
            if character == "]" || character == ">" { depth = max(0, depth - 1) }
            word.append(character)
        }
        if !word.isEmpty { words.append(word) }
        var lines: [String] = []
        var line = first, lineHasText = false
        for word in words {
            if lineHasText && DisplayWidth.of(line) + 1 + DisplayWidth.of(String(word)) > width {
                lines.append(line)
                line = rest
                lineHasText = false
            }
            line += (lineHasText ? " " : "") + word
            lineHasText = true
        }
        lines.append(line)
        return lines
    }
}
