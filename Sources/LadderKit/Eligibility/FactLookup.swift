/// Reads facts for one criterion and remembers which were missing, named as the facts are
/// named in JSON and on the command line: `revenue (2024)`.
struct FactLookup {
    let input: EligibilityInput
    private(set) var missing: [String] = []

    init(_ input: EligibilityInput) { self.input = input }

    mutating func value<T>(_ key: AnnualFacts.CodingKeys, _ path: KeyPath<AnnualFacts, T?>, year: Int) -> T? {
        if let value = input.facts[year]?[keyPath: path] { return value }
        missing.append(FactLookup.name(key, year: year))
        return nil
    }

    /// The values of a fact over several years; nil unless all are known.
    mutating func values(_ key: AnnualFacts.CodingKeys, _ path: KeyPath<AnnualFacts, Int64?>, years: [Int]) -> [Int64]? {
        let values = years.map { value(key, path, year: $0) }
        let known = values.compactMap { $0 }
        return known.count == years.count ? known : nil
    }

    mutating func founded() -> Day? {
        if let founded = input.founded { return founded }
        missing.append("founded")
        return nil
    }

    mutating func note(_ name: String) { missing.append(name) }

    static func name(_ key: AnnualFacts.CodingKeys, year: Int) -> String { "\(key.rawValue) (\(year))" }
}
