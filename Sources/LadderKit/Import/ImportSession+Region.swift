extension ImportSession {
    /// A row may change only a firm placed in the import's region: a firm on file where it stands
    /// on the row's day and today (a roster moving it out is the source region's to record, as `relocate`),
    /// a new firm where the row places it. Rejects the row otherwise, naming the firm and its place.
    func withinRegion(_ plan: inout RowPlan) throws -> Bool {
        guard let region else { return true }
        let row = plan.row
        let location: Location
        let name: String
        if let stored = plan.stored {
            // Where it stands on the row's day and today: a firm that has since moved away is its
            // new region's, even for a row about its past.
            let standing = try statements.current(stored, on: row.changeDay)
            let today = try statements.current(stored, on: ChinaTime.day(of: context.at))
            location = region.contains(standing.location) ? today.location : standing.location
            name = standing.name
        } else if let code = row.code {
            location = ImportSession.placeOfNewFirm(code: code, place: row.place)
            name = row.name ?? ""
        } else {
            return true
        }
        guard !region.contains(location) else { return true }
        let code = row.code?.text ?? ""
        let column = row.place.map { self.column($0.field) }.flatMap { $0.isEmpty ? nil : $0 } ?? column(.creditCode)
        let firm = [code, name].filter { !$0.isEmpty }.joined(separator: " ")
        plan.reject(column, code.isEmpty ? name : code, ImportCheckText.outsideRegion.text(
            ["firm": firm, "location": location.label, "region": region.name, "code": region.code]))
        return false
    }
}
