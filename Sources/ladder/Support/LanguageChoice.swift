import Foundation
import LadderKit

/// `--lang zh|en`, taken off the command line before the commands parse it, so that every command
/// accepts it and help itself is shown in the chosen language.
enum LanguageChoice {
    /// The arguments without `--lang`, after setting the process's language from it, `LADDER_LANG`
    /// or the locale. A language ladder does not speak is a usage error.
    static func apply(to arguments: [String]) -> [String] {
        var rest: [String] = []
        var flag: String?
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == "--" {
                rest += arguments[index...]
                break
            } else if argument == "--lang" {
                flag = index + 1 < arguments.endIndex ? arguments[index + 1] : ""
                index += 2
                continue
            } else if argument.hasPrefix("--lang=") {
                flag = String(argument.dropFirst("--lang=".count))
            } else {
                rest.append(argument)
            }
            index += 1
        }
        do {
            Language.setProcessDefault(try Language.resolve(flag: flag, environment: ProcessInfo.processInfo.environment))
        } catch {
            Console.error(error.description)
            Foundation.exit(64)
        }
        return rest
    }
}
