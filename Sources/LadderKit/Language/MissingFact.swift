/// A fact an eligibility check lacked, as the refusal names it. The check names facts as JSON
/// and the command line do, `rd_expense (2024)`; in Chinese the official term comes first (as
/// `check` and `facts show` name it) and the option to type stays: 研发费用（--rd-expense，2024年度）.
public enum MissingFact {
    public static func said(_ name: String, in language: Language = .current) -> String {
        guard language == .zh else { return name }
        var key = name, year: String?
        if let open = name.firstIndex(of: " "), name.hasSuffix(")") {
            key = String(name[..<open])
            year = String(name[name.index(open, offsetBy: 2)..<name.index(before: name.endIndex)])
        }
        let option = "--" + key.replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: ".", with: "-")
        let parts = [option] + (year.map { ["\($0)年度"] } ?? [])
        let term = FactText.name(of: key, in: .zh)
        guard term != key else { return parts.joined(separator: "，") }
        return term + "（" + parts.joined(separator: "，") + "）"
    }
}
