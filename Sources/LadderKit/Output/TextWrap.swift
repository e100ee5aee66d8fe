/// Wraps text to a display width (Chinese characters take two columns), so terminal layouts fit
/// a 100-column window: at spaces where there are any, else between characters (Chinese has no
/// spaces between words).
public enum TextWrap {
    /// The width terminal layouts are made to fit.
    public static let columns = 100

    /// `text` as lines no wider than `width`, the first prefixed by `first` and the rest by
    /// `rest` (a hanging indent); the prefixes count towards the width.
    public static func lines(_ text: String, width: Int = columns, first: String = "", rest: String = "") -> [String] {
        var lines: [String] = []
        var line = first, lineWidth = DisplayWidth.of(first), lineHasText = false
        func breakLine() {
            lines.append(String(line.reversed().drop { $0 == " " }.reversed()))
            line = rest
            lineWidth = DisplayWidth.of(rest)
            lineHasText = false
        }
        for word in words(text) {
            let isSpace = word == " "
            if isSpace && !lineHasText { continue }
            let w = DisplayWidth.of(word)
            if lineWidth + w > width && lineHasText && !isSpace { breakLine() }
            if isSpace && lineWidth + w > width { breakLine(); continue }
            // A run too long for any line (a long Chinese name) breaks between characters.
            if lineWidth + w > width && !isSpace {
                for character in word {
                    let cw = DisplayWidth.of(String(character))
                    if lineWidth + cw > width && lineHasText { breakLine() }
                    line.append(character)
                    lineWidth += cw
                    lineHasText = true
                }
                continue
            }
            line += word
            lineWidth += w
            lineHasText = lineHasText || !isSpace
        }
        if lineHasText || lines.isEmpty { breakLine() }
        return lines
    }

    /// Words and single spaces; a run of Chinese characters is split into its characters so
    /// that a line may break between any two of them, but ASCII words and numbers stay whole.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for character in text {
            if character == " " {
                if !current.isEmpty { words.append(current); current = "" }
                words.append(" ")
            } else if closingPunctuation.contains(character), !current.isEmpty || (words.last.map { $0 != " " } ?? false) {
                // Never at the start of a line: ，。、 and closing brackets stay with what they close.
                if current.isEmpty { words[words.count - 1] += String(character) } else { current.append(character) }
            } else if DisplayWidth.of(String(character)) == 2 {
                if !current.isEmpty { words.append(current); current = "" }
                words.append(String(character))
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { words.append(current) }
        // Never at the end of a line: an opening bracket goes with what it opens.
        var joined: [String] = []
        for word in words {
            if let last = joined.last, last.count == 1, openingPunctuation.contains(last.first!), word != " " {
                joined[joined.count - 1] += word
            } else {
                joined.append(word)
            }
        }
        return joined
    }

    /// Punctuation a Chinese line must not begin with.
    static let closingPunctuation: Set<Character> = ["，", "。", "、", "；", "：", "！", "？", "）", "》", "」", "』", "】", "”", "’"]

    /// Punctuation a Chinese line must not end with.
    static let openingPunctuation: Set<Character> = ["（", "《", "「", "『", "【", "“", "‘"]
}
