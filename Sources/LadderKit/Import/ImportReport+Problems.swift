extension ImportReport {
    /// Counts an issue in its group (all of them, however many) and keeps it in `issues` while
    /// there is room.
    mutating func record(_ issue: ImportIssue) {
        if issue.severity == .warning { warnings += 1 }
        if issues.count < ImportReport.issueLimit { issues.append(issue) }
        let key = problemGroupIndex.count < ImportReport.groupLimit || problemGroupIndex[issue.kind] != nil
            ? issue.kind : ImportReport.otherKind
        if let index = problemGroupIndex[key] {
            problems[index].add(issue)
        } else {
            problemGroupIndex[key] = problems.count
            problems.append(ProblemGroup(first: key == issue.kind ? issue : ImportIssue(
                row: issue.row, column: "", value: "", message: ImportText.otherKinds.text(),
                severity: issue.severity, originalRow: issue.originalRow, kind: ImportReport.otherKind)))
        }
    }

    /// A file whose messages vary beyond their kinds cannot grow the summary without bound.
    static let groupLimit = 200
    static let otherKind = "other"
}
