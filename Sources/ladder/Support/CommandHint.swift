import LadderKit

/// What to type next, added by the command line to the library's message: the library describes
/// the problem and what is needed in words (the web pages say it their own way), the CLI names
/// its commands and flags.
enum CommandHint {
    static func `for`(_ error: Error) -> String {
        if let error = error as? ImportError { return importHint(error) }
        if let error = error as? ReadError {
            switch error {
            case .sheetOnTextFile: return " (leave out --sheet)"
            case .emptySheet: return " with --sheet"
            default: return ""
            }
        }
        guard let error = error as? RegistryError else { return "" }
        switch error {
        case .unknownEnterprise: return HintText.addFirst.text()
        case let .unknownName(query, _, more) where more > 0: return HintText.findAll.text(["query": query])
        case .ambiguousQualification: return HintText.number.text()
        case .unknownEvent: return HintText.showFirm.text()
        case .corrupt: return HintText.verify.text()
        case .unknownBatch: return HintText.batches.text()
        case let .promotionRefused(_, _, _, _, missing):
            return HintText.override.text(["facts": missing.isEmpty ? "" : HintText.enterFacts.text()])
        case .busy: return HintText.busyTimeout.text()
        case .notARegistry: return HintText.madeBy.text()
        case .fileExists: return HintText.force.text()
        case let .restoreRefused(path, _): return HintText.verifyBackup.text(["path": path])
        default: return ""
        }
    }

    private static func importHint(_ error: ImportError) -> String {
        switch error {
        case let .unknownKind(headers) where headers.contains(where: { $0.unicodeScalars.contains("\u{FFFD}") }):
            return " (--encoding gb18030, or leave --encoding out)"
        case .unknownKind:
            return " (--header-row N; --as roster|hnte-list|tsme-list|selection-list|rename-list|revocation-list|facts; "
                + "--map '列名=field')"
        case .missingColumn: return " with --map '列名=field'"
        case .missingOption(_, let option, _) where option.hasPrefix("a category"): return " (--category)"
        case .strictRejected, .noDataRows: return " (--strict)"
        case .badHeaderRow: return " (--header-row)"
        default: return ""
        }
    }
}
