extension Registry {
    /// Event `id` and the credit code of its firm, e.g. to decide who may void it.
    public func event(id: Int64) throws -> (event: Event, creditCode: CreditCode) {
        try reading { c in
            guard let event = try Registry.event(c, id: id),
                  let code = try c.text("SELECT credit_code FROM enterprise WHERE id = ?",
                                         [.integer(event.enterpriseID)]) else {
                throw RegistryError.unknownEvent(id: id)
            }
            return (event, CreditCode(trusted: code))
        }
    }
}
