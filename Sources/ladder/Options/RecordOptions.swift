import ArgumentParser
import Foundation
import LadderKit

/// What every write records besides its facts: who, on which authority, and why.
struct RecordOptions: ParsableArguments {
    @Option(name: .customLong("operator"), help: ArgumentHelp(OptionHelp.operatorName, more: OptionHelp.operatorMore, value: .name))
    var operatorName: String?

    @Option(help: ArgumentHelp(OptionHelp.document, value: .text))
    var document: String?

    @Option(help: ArgumentHelp(OptionHelp.note, value: .text))
    var note: String?

    var resolvedOperator: String {
        if let operatorName, !operatorName.isEmpty { return operatorName }
        let env = ProcessInfo.processInfo.environment
        if let name = env["LADDER_OPERATOR"], !name.isEmpty { return name }
        if let login = getlogin().map({ String(cString: $0) }), !login.isEmpty { return login }
        if let user = env["USER"] ?? env["LOGNAME"], !user.isEmpty { return user }
        if let pw = getpwuid(getuid()), let name = pw.pointee.pw_name { return String(cString: name) }
        return "unknown"
    }

    func context(at moment: Moment = Clock.now(), override: String? = nil) -> WriteContext {
        WriteContext(operatorName: resolvedOperator, at: moment, command: CommandLineText.current,
                     document: document.flatMap(nonEmpty), note: note.flatMap(nonEmpty), override: override.flatMap(nonEmpty))
    }

    private func nonEmpty(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : trimmed
    }
}

/// The command line as it was typed, quoted where needed: recorded as an event's source.
enum CommandLineText {
    static var current: String {
        (["ladder"] + CommandLine.arguments.dropFirst()).map(quote).joined(separator: " ")
    }

    static func quote(_ word: String) -> String {
        let safe = word.unicodeScalars.allSatisfy { !" '\"\\$`!*?;&|<>(){}[]\t\n".unicodeScalars.contains($0) }
        if safe && !word.isEmpty { return word }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
