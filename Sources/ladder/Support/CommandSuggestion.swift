import ArgumentParser
import LadderKit

/// `ladder improt` → "unknown command 'improt'; did you mean 'import'?". ArgumentParser suggests
/// the nearest option but says only "unexpected argument" for a mistyped subcommand.
enum CommandSuggestion {
    /// The message for the first word of `arguments` that should name a subcommand of `root`
    /// (or of the subcommand before it) and names none; nil when every such word is a command.
    static func problem(in arguments: [String], root: ParsableCommand.Type) -> String? {
        var command = root
        var path = [root.configuration.commandName ?? "ladder"]
        for word in arguments {
            let subcommands = command.configuration.subcommands
            guard !subcommands.isEmpty, !word.hasPrefix("-"), word != "help" else { return nil }
            let names = subcommands.flatMap { [$0._commandName] + $0.configuration.aliases }
            guard let next = subcommands.first(where: { [$0._commandName] + $0.configuration.aliases ~= word }) else {
                let nearest = names.min { distance(word, $0) < distance(word, $1) }
                let hint = nearest.map { distance(word, $0) <= max(2, word.count / 3) ? ValidationText.didYouMean.text(["name": $0]) : "" } ?? ""
                return ValidationText.unknownCommand.text(["word": word, "hint": hint, "path": path.joined(separator: " ")])
            }
            command = next
            path.append(next._commandName)
        }
        return nil
    }

    /// Levenshtein distance, with a transposition counted as one edit (improt → import is 1).
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[a.count][b.count]
    }
}

private func ~= (names: [String], word: String) -> Bool { names.contains(word) }
