import Foundation

extension ParserText {
    /// A message the parser wrote in English, with its own words said in `language`; the values
    /// inside (option names, our own help) are kept. English returns the message unchanged.
    public static func translated(_ message: String, to language: Language = .current) -> String {
        guard language == .zh else { return message }
        var text = message
        for (pattern, replacement) in patterns {
            let range = NSRange(text.startIndex..., in: text)
            text = pattern.stringByReplacingMatches(in: text, range: range, withTemplate: replacement)
        }
        return text
    }

    /// Each entry's English as a pattern (a `{name}` matches any text, across the lines the parser wrapped; section titles
    /// and the message-leading words only at the start of a line), with its Chinese as the template.
    private static let patterns: [(NSRegularExpression, String)] = allCases.map { key in
        let entry = key.entry
        // The placeholders in the order they appear in the English: capture groups are numbered.
        let names = CatalogueEntry.placeholders(in: entry.en).sorted {
            entry.en.range(of: "{\($0)}")!.lowerBound < entry.en.range(of: "{\($1)}")!.lowerBound
        }
        // A space may be where the parser wrapped the line; a value may span wrapped lines but not
        // leave the parentheses it is in. A line's closing text runs to the end of the line.
        var pattern = NSRegularExpression.escapedPattern(for: entry.en).replacingOccurrences(of: " ", with: "\\s+")
        var template = entry.zh.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "$", with: "\\$")
        for (index, name) in names.enumerated() {
            let value = entry.en.hasSuffix("{\(name)}") && anchored.contains(key) ? "([^\\n]*)" : "([^()]*?)"
            pattern = pattern.replacingOccurrences(of: NSRegularExpression.escapedPattern(for: "{\(name)}"), with: value)
            template = template.replacingOccurrences(of: "{\(name)}", with: "$\(index + 1)")
        }
        if anchored.contains(key) { pattern = "(?m)^" + pattern }
        return (try! NSRegularExpression(pattern: pattern), template)
    }

    /// Section titles and the words that open a message: matched only at the start of a line.
    private static let anchored: Set<ParserText> = [.overview, .usage, .usageShort, .arguments, .options, .subcommands, .error, .help]
}
