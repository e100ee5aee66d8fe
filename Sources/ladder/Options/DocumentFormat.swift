import LadderKit
import ArgumentParser

/// The formats of a command that prints one document (a firm, a check, an import summary):
/// there are no rows to put in a CSV, so `--format` offers only what it produces.
enum DocumentFormat: String, CaseIterable, ExpressibleByArgument {
    case table, json, ndjson

    static var help: ArgumentHelp { ArgumentHelp(OptionHelp.documentFormat, kind: .format) }
}
