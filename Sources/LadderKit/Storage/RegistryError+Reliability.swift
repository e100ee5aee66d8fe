extension RegistryError {
    /// Messages for locks, schema versions and files (see docs/reliability.md).
    var reliabilityDescription: String {
        typealias T = SystemText
        switch self {
        case let .busy(holder):
            return (holder.map { T.busyLadder.text(["holder": $0.summary]) } ?? T.busyOther.text()) + T.busyEnd.text()
        case let .newerSchema(path, found, known):
            return T.newerSchema.text(["path": path, "found": found, "known": known])
        case let .notARegistry(path, reason):
            return T.notARegistry.text(["path": path, "reason": reason])
        case let .fileExists(path):
            return T.fileExists.text(["path": path])
        case let .restoreRefused(path, problems):
            return T.restoreRefused.text(["path": path, "count": problems.count,
                                          "problems": problems.prefix(3).joined(separator: RegistryErrorText.listSeparator.text())
                                              + (problems.count > 3 ? RegistryErrorText.listSeparator.text() + "…" : "")])
        case let .fileProblem(path, detail):
            return T.fileProblem.text(["path": path, "detail": detail])
        case let .notOnServer(address, operation):
            return T.notOnServer.text(["address": address, "operation": operation])
        default:
            return ""
        }
    }
}
