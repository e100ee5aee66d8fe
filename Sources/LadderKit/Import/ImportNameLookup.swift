/// Finds firms by current or former name during an import: `NameIndex` on SQLite (a temporary
/// table), `ConnectedNameIndex` on a server (in memory).
protocol ImportNameLookup: AnyObject {
    func firms(named name: String) throws -> [(id: Int64, code: CreditCode, name: String)]
    /// A name recorded by this import (a rename) becomes findable for the rows after it.
    func add(_ name: String, enterpriseID: Int64) throws
}

extension NameIndex: ImportNameLookup {}
