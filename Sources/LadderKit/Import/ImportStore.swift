/// What an import's per-row decisions (`ImportSession`) read and write, behind one seam: on SQLite
/// `ImportStatements` (prepared statements, written at once), on a database server
/// `ConnectedImportStore` (rows buffered and loaded in bulk, read back from memory where it can).
/// The decisions stay in the session; a store only stores.
protocol ImportStore: AnyObject {
    var batchID: Int64 { get }
    /// The firm with this code, as the session needs it; nil when none is registered.
    func enterprise(_ code: CreditCode) throws -> ImportStatements.Stored?
    /// Takes up a set-aside firm's registration again, as of this batch.
    func registerAgain(id: Int64) throws
    /// Registers a new firm; returns its id.
    func insert(code: CreditCode, name: String, location: Location, profile: EnterpriseProfileFields,
                rowDigest: Int64) throws -> Int64
    /// Records a profile version with the fields set in `changes`.
    func correct(id: Int64, changes: EnterpriseProfileFields) throws
    /// The fingerprint of the row that last set a firm's state.
    func remember(rowDigest: Int64, of id: Int64) throws
    /// The name and place in force on `day`.
    func current(_ stored: ImportStatements.Stored, on day: Day) throws -> ImportStatements.Standing
    /// Grants in force with `number`: (event id, firm id, effective day).
    func grants(number: String, kind: EventKind) throws -> [(id: Int64, enterpriseID: Int64, effective: String)]
    @discardableResult
    func insertEvent(enterpriseID: Int64, detail: EventDetail, effective: Day, document: String?,
                     note: String?) throws -> Int64
    /// The digests of the facts on file for a firm and year.
    func factDigests(enterpriseID: Int64, year: Int) throws -> [Int64]
    func insertFact(enterpriseID: Int64, year: Int, json: String, digest: Int64) throws
    /// The next rows' clean codes and grant numbers, before they are applied: a store on a
    /// database server reads them in bulk rather than one round trip per row.
    func lookAhead(codes: [CreditCode], numbers: [String]) throws
    /// The code and name of firm `id` (read on `connection`, the import's), naming the holder of a number.
    func holder(firm id: Int64, on connection: any RegistryConnection) throws -> String?
}

extension ImportStore {
    func holder(firm id: Int64, on connection: any RegistryConnection) throws -> String? {
        try ImportLookAhead.readHolder(id, on: connection)
    }
}

extension ImportStatements: ImportStore {
    /// SQLite answers each lookup in-process: nothing to gain from reading ahead.
    func lookAhead(codes: [CreditCode], numbers: [String]) throws {}
}
