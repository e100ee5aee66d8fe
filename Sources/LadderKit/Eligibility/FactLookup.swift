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

    /// A whole-number fact read by its field (no key path): the rules' hot path in `candidates`.
    mutating func amount(_ key: AnnualFacts.CodingKeys, year: Int) -> Int64? {
        if let value = input.facts[year]?.amount(key) { return value }
        missing.append(FactLookup.name(key, year: year))
        return nil
    }

    /// A yes/no fact read by its field (no key path), as `amount` reads a number.
    mutating func answer(_ key: AnnualFacts.CodingKeys, year: Int) -> Bool? {
        if let answer = input.facts[year]?.answer(key) { return answer }
        missing.append(FactLookup.name(key, year: year))
        return nil
    }

    /// The sum of a whole-number fact over several years and its value in the last of them; nil
    /// unless all are known (each missing year noted, as `values` notes them). Summed in 64 bits
    /// until the sum overflows (then in wide integers, WideInt's own fallback), without arrays.
    mutating func sum(_ key: AnnualFacts.CodingKeys, years: [Int]) -> (sum: WideInt, last: Int64)? {
        var sum = WideInt.zero, last: Int64 = 0, known = true
        for year in years {
            if let value = amount(key, year: year) {
                sum = sum + WideInt(value)
                last = value
            } else {
                known = false
            }
        }
        return known ? (sum, last) : nil
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
