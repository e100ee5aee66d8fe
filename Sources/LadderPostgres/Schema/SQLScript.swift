import Foundation

/// Splits a script into statements at top-level semicolons, as psql does: not inside quotes,
/// double quotes, dollar-quoted bodies (`$$ … $$`, `$tag$ … $tag$`) or comments. Needed because
/// the extended query protocol runs one statement at a time.
enum SQLScript {
    static func statements(_ script: String) -> [String] {
        var statements: [String] = [], current = ""
        let characters = Array(script)
        var index = 0
        func flush() {
            let trimmed = current.trimmingCharacters(in: .whitespacesAndNewlines)
            if !trimmed.isEmpty, !isOnlyComments(trimmed) { statements.append(trimmed) }
            current = ""
        }
        while index < characters.count {
            let character = characters[index]
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            if character == "-", next == "-" {
                let end = characters[index...].firstIndex(of: "\n") ?? characters.count
                current += String(characters[index..<end]); index = end
            } else if character == "'" || character == "\"" {
                let end = (characters[(index + 1)...].firstIndex(of: character) ?? characters.count - 1) + 1
                current += String(characters[index..<end]); index = end
            } else if character == "$", let tagEnd = characters[(index + 1)...].firstIndex(of: "$"),
                      characters[(index + 1)..<tagEnd].allSatisfy({ $0.isLetter || $0 == "_" }) {
                let tag = String(characters[index...tagEnd])
                let rest = String(characters[(tagEnd + 1)...])
                let bodyLength = rest.range(of: tag).map { rest.distance(from: rest.startIndex, to: $0.upperBound) } ?? rest.count
                current += tag + String(rest.prefix(bodyLength)); index = tagEnd + 1 + bodyLength
            } else if character == ";" {
                flush(); index += 1
            } else {
                current.append(character); index += 1
            }
        }
        flush()
        return statements
    }

    private static func isOnlyComments(_ text: String) -> Bool {
        text.split(separator: "\n").allSatisfy { $0.trimmingCharacters(in: .whitespaces).hasPrefix("--") }
    }
}
