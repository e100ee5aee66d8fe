import GRDB

extension Registry {
    /// Event `id` and the credit code of its firm, e.g. to decide who may void it.
    public func event(id: Int64) throws -> (event: Event, creditCode: CreditCode) {
        try read { db in
            guard let event = try Registry.event(db, id: id),
                  let code = try String.fetchOne(db, sql: "SELECT credit_code FROM enterprise WHERE id = ?",
                                                 arguments: [event.enterpriseID]) else {
                throw RegistryError.unknownEvent(id: id)
            }
            return (event, CreditCode(trusted: code))
        }
    }
}
