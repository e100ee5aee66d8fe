/// One line of pdftotext's layout text, addressed by position on its character grid.
///
/// pdftotext lays text on a grid of one position per character (a CJK character is one
/// position, not two), and lines up a column's text at the same position on every line of a
/// page; positions here count Unicode scalars, which is what it counts.
struct PDFLine {
    /// A run of text without two spaces in a row: one cell's text, or part of one.
    struct Chunk: Equatable {
        var start: Int
        var end: Int
        var text: String
    }

    let scalars: [Unicode.Scalar]

    init(_ text: String) {
        // Tabs never come from pdftotext; a no-break or ideographic space is a gap like any other.
        scalars = text.unicodeScalars.map { PDFLine.isSpace($0) ? " " : $0 }
    }

    var isBlank: Bool { scalars.allSatisfy { $0 == " " } }

    /// The line without its leading and trailing spaces.
    var trimmed: String { text(from: 0, to: scalars.count) }

    /// Runs of text separated by two spaces or more; single spaces stay inside a chunk.
    var chunks: [Chunk] {
        var result: [Chunk] = []
        var i = 0
        while i < scalars.count {
            guard scalars[i] != " " else { i += 1; continue }
            let start = i
            var end = i
            while i < scalars.count {
                if scalars[i] != " " { i += 1; end = i; continue }
                if i + 1 < scalars.count, scalars[i + 1] != " " { i += 1; continue }
                break
            }
            result.append(Chunk(start: start, end: end, text: text(from: start, to: end)))
        }
        return result
    }

    /// Runs of text between single spaces, for headers spaced out letter by letter (序  号).
    var words: [Chunk] {
        var result: [Chunk] = []
        var i = 0
        while i < scalars.count {
            guard scalars[i] != " " else { i += 1; continue }
            let start = i
            while i < scalars.count, scalars[i] != " " { i += 1 }
            result.append(Chunk(start: start, end: i, text: text(from: start, to: i)))
        }
        return result
    }

    /// Whether position `i` holds text.
    func isText(at i: Int) -> Bool { i >= 0 && i < scalars.count && scalars[i] != " " }

    /// The text between two positions, trimmed.
    func text(from start: Int, to end: Int) -> String {
        var s = max(0, start), e = min(end, scalars.count)
        while s < e, scalars[s] == " " { s += 1 }
        while e > s, scalars[e - 1] == " " { e -= 1 }
        guard s < e else { return "" }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[s..<e])
        return String(out)
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\u{00A0}" || scalar == "\u{3000}"
    }
}
