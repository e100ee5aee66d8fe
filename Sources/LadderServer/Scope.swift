import Hummingbird
import LadderKit

/// The one place that decides what an account may see: firms whose place on the day lies in its
/// region (a city includes its counties, the province everything), and reads of its region or a
/// region within it.
enum Scope {
    /// Refuses a firm placed outside the account's region on the day asked about.
    static func check(_ account: Account, profile: EnterpriseProfile) throws {
        guard !account.region.contains(profile.location) else { return }
        throw APIError(.forbidden, ServeText.outsideRegion.text([
            "code": profile.enterprise.creditCode.text, "name": profile.name, "place": place(profile.location),
            "day": ProseFormat.day(profile.asOf), "region": account.region.name, "account": account.name,
        ]))
    }

    /// The firm as the account may read it: refused outside its region on the day asked; else
    /// limited to what happened while the firm lay in the region (a firm that moved away later
    /// shows nothing of its new region's record; one that moved in, nothing of its old one's).
    static func visible(_ account: Account, profile: EnterpriseProfile) throws -> EnterpriseProfile {
        try check(account, profile: profile)
        return profile.seen(from: account.region)
    }

    /// The region a read covers: the one asked for when it lies within the account's, else the
    /// account's own. The province's own reads pass nil, as the CLI does without --region.
    static func region(for account: Account, asked: Region?) throws -> Region? {
        guard let asked else { return account.region == .province ? nil : account.region }
        guard account.region.includes(asked) else {
            throw APIError(.forbidden, ServeText.regionOutside.text([
                "code": asked.code, "name": asked.name, "region": account.region.name, "account": account.name,
                "own": account.region.code,
            ]))
        }
        return asked
    }

    /// Refuses a write by a viewer: viewers read only.
    static func requireEditor(_ account: Account) throws {
        guard account.role < .editor else { return }
        throw APIError(.forbidden, ServeText.viewerReadsOnly.text(["account": account.name, "region": account.region.name]))
    }

    private static func place(_ location: Location) -> String {
        if let zone = location.zone { return zone.name }
        return location.division.name ?? location.division.code
    }
}

extension Scope {
    /// Refuses account management by an editor or viewer: only admins manage accounts.
    static func requireAdmin(_ account: Account) throws {
        guard account.role < .admin else { return }
        let role = (account.role == .editor ? ServeText.roleEditor : ServeText.roleViewer).text()
        throw APIError(.forbidden, ServeText.adminOnly.text(["account": account.name, "role": role,
                                                             "region": account.region.name]))
    }

    /// Refuses an admin's change to an account of a region outside its own (a city admin manages its
    /// city's and its counties' accounts, never its parent's, a sibling's, or the province's): so no
    /// admin can make or raise an account above its own region.
    static func checkManages(_ admin: Account, region: Region, name: String) throws {
        guard !admin.region.includes(region) else { return }
        throw APIError(.forbidden, ServeText.accountOutside.text([
            "account": name, "code": region.code, "name": region.name, "region": admin.region.name, "admin": admin.name,
        ]))
    }

    /// Refuses a token or a new password an admin would give another admin of its own region: both
    /// sign in as their account, so either would let an admin act as that peer. An admin does that
    /// for itself and for the accounts it ranks above: a lower role in its region, or any account
    /// of a region within it (checked by `checkManages` first).
    static func checkActsAs(_ admin: Account, for target: Account) throws {
        guard target.name != admin.name, target.role == .admin, target.region == admin.region else { return }
        throw APIError(.forbidden, ServeText.actsAsPeer.text([
            "account": target.name, "admin": admin.name, "region": admin.region.name,
        ]))
    }

    /// An imported batch's rejects and problems are the uploading bureau's rows: readable by its
    /// region and the regions above it (the province), not by a sibling or a county below it.
    static func checkBatch(_ account: Account, batch: Int64, importedIn region: Region) throws {
        guard !account.region.includes(region) else { return }
        throw APIError(.forbidden, ServeText.batchOutside.text([
            "batch": batch, "name": region.name, "code": region.code, "region": account.region.name,
            "account": account.name,
        ]))
    }
}
