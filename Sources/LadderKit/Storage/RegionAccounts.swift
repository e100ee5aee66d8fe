/// The accounts of a region and the regions within it, to tell the records they made.
struct RegionAccounts: Sendable {
    var ids: Set<Int64> = []
    var names: Set<String> = []

    /// Whether one of these accounts made a record: by the account id written with it (schema
    /// v10). A record without one was made by a `ladder` command, whose `--operator` can be any
    /// name, or before v10: only one that came through the server (it has a client address) is
    /// told by its name.
    func made(operatorID: Int64?, name: String, client: String?) -> Bool {
        if let operatorID { return ids.contains(operatorID) }
        return client != nil && names.contains(name)
    }
}
