/// The policy-document form of `LeaderPolicy`: snake_case keys, every value validated on reading.
extension LeaderPolicy {
    static let keys = ["placeholder", "require_provincial_registration", "require_clean_credit"]

    var json: PolicyJSON {
        .object(["placeholder": .bool(placeholder), "require_provincial_registration": .bool(requireProvincialRegistration),
                 "require_clean_credit": .bool(requireCleanCredit)])
    }

    init(_ r: PolicyReader) throws(PolicyError) {
        self.init(placeholder: try r.bool("placeholder"),
                  requireProvincialRegistration: try r.bool("require_provincial_registration"),
                  requireCleanCredit: try r.bool("require_clean_credit"))
    }
}
