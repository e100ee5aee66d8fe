/// The validity knobs in a policy document, with snake_case keys and validated ranges.
extension ValidityPolicy {
    var json: PolicyJSON {
        func list(_ term: ListTerm) -> PolicyJSON {
            .object(["term": .string(term.term.rawValue), "years": .integer(term.years), "end": .string(term.end.rawValue)])
        }
        return .object([
            "hnte": .object(["years": .integer(hnte.years), "end": .string(hnte.end.rawValue)]),
            "tsme": .object(["end": .string(tsme.end.rawValue), "fraud_bar_years": .integer(tsme.fraudBarYears)]),
            "growth": list(growth),
            "leader": list(leader),
        ])
    }

    init(_ r: PolicyReader) throws(PolicyError) {
        func list(_ key: String) throws(PolicyError) -> ListTerm {
            let t = try r.object(key, keys: ["term", "years", "end"])
            return ListTerm(term: try t.choice("term", ListTerm.Term.self), years: try t.int("years", atLeast: 1),
                            end: try t.choice("end", EndConvention.self))
        }
        let hnte = try r.object("hnte", keys: ["years", "end"])
        let tsme = try r.object("tsme", keys: ["end", "fraud_bar_years"])
        self.init(hnte: CertificateTerm(years: try hnte.int("years", atLeast: 1), end: try hnte.choice("end", EndConvention.self)),
                  tsme: TsmeTerm(end: try tsme.choice("end", TsmeTerm.End.self), fraudBarYears: try tsme.int("fraud_bar_years")),
                  growth: try list("growth"),
                  leader: try list("leader"))
    }
}
