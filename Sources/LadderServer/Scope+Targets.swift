import LadderKit

extension Scope {
    /// Refuses setting a plan target by anyone but an admin, or for a region outside the admin's:
    /// a bureau sets its own region's targets and those of the regions within it.
    static func checkSetsTarget(_ account: Account, region: Region) throws {
        guard account.role == .admin else {
            throw APIError(.forbidden, PageRecordsText.targetsAdminOnly.text([
                "account": account.name, "role": account.role.said, "region": account.region.name,
            ]))
        }
        _ = try Scope.region(for: account, asked: region)
    }
}
