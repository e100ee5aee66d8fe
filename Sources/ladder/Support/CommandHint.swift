import LadderKit

/// What to type next, added by the command line to the library's message: the library describes
/// the problem and what is needed in words (the web pages say it their own way), the CLI names
/// its commands and flags.
enum CommandHint {
    static func `for`(_ error: Error) -> String {
        if let error = error as? ImportError { return importHint(error) }
        if let error = error as? ReadError {
            switch error {
            case .sheetOnTextFile: return ImportErrorText.hintLeaveOutSheet.text()
            case .emptySheet: return ImportErrorText.hintSheet.text()
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
            return ImportErrorText.hintEncoding.text()
        case .unknownKind: return ImportErrorText.hintKind.text()
        case .missingColumn: return ImportErrorText.hintMap.text()
        case .missingOption(_, let option, _) where option == ImportErrorText.needsCategory.text():
            return ImportErrorText.hintCategory.text()
        case .strictRejected, .noDataRows: return ImportErrorText.hintStrict.text()
        case .badHeaderRow: return ImportErrorText.hintHeaderRow.text()
        default: return ""
        }
    }
}
