/// Reads facts for one criterion and remembers which were missing, named as the facts are
/// named in JSON and on the command line: `revenue (2024)`.
struct FactLookup {
    /// Only what it reads of the input, not a copy of all of it: a rule makes a lookup per
    /// criterion, and copying the input retains and releases each of its collections.
    private let facts: [Int: AnnualFacts]
    private let foundedDay: Day?
    private(set) var missing: [String] = []

    init(_ input: EligibilityInput) {
        facts = input.facts
        foundedDay = input.founded
    }

    mutating func value<T>(_ key: AnnualFacts.CodingKeys, _ path: KeyPath<AnnualFacts, T?>, year: Int) -> T? {
        if let value = facts[year]?[keyPath: path] { return value }
        missing.append(FactLookup.name(key, year: year))
        return nil
    }

    /// A whole-number fact read by its field (no key path): the rules' hot path in `candidates`.
    mutating func amount(_ key: AnnualFacts.CodingKeys, year: Int) -> Int64? {
        if let value = facts[year]?.amount(key) { return value }
        missing.append(FactLookup.name(key, year: year))
        return nil
    }

    /// A yes/no fact read by its field (no key path), as `amount` reads a number.
    mutating func answer(_ key: AnnualFacts.CodingKeys, year: Int) -> Bool? {
        if let answer = facts[year]?.answer(key) { return answer }
        missing.append(FactLookup.name(key, year: year))
        return nil
    }

    /// Two whole-number facts summed over the same years, and the second's value in the last of
    /// them; nil unless all are known (the first's missing years noted, then the second's). Each
    /// year's facts are looked up once for both; summed in 64 bits until a sum overflows (then in
    /// wide integers, WideInt's own fallback), without arrays.
    mutating func sums(_ first: AnnualFacts.CodingKeys, _ second: AnnualFacts.CodingKeys,
                       years: [Int]) -> (first: WideInt, second: WideInt, last: Int64)? {
        var firstSum = WideInt.zero, secondSum = WideInt.zero, last: Int64 = 0
        var known = true, secondMissing: [String] = []
        for year in years {
            // The year's facts found once and read in place: a copy of them cost more than the lookup.
            let index = facts.index(forKey: year)
            if let index, let value = facts.values[index].amount(first) {
                firstSum = firstSum + WideInt(value)
            } else {
                missing.append(FactLookup.name(first, year: year))
                known = false
            }
            if let index, let value = facts.values[index].amount(second) {
                secondSum = secondSum + WideInt(value)
                last = value
            } else {
                secondMissing.append(FactLookup.name(second, year: year))
                known = false
            }
        }
        missing += secondMissing
        return known ? (firstSum, secondSum, last) : nil
    }

    /// The values of a fact over several years; nil unless all are known.
    mutating func values(_ key: AnnualFacts.CodingKeys, _ path: KeyPath<AnnualFacts, Int64?>, years: [Int]) -> [Int64]? {
        let values = years.map { value(key, path, year: $0) }
        let known = values.compactMap { $0 }
        return known.count == years.count ? known : nil
    }

    mutating func founded() -> Day? {
        if let foundedDay { return foundedDay }
        missing.append("founded")
        return nil
    }

    mutating func note(_ name: String) { missing.append(name) }

    static func name(_ key: AnnualFacts.CodingKeys, year: Int) -> String { "\(key.rawValue) (\(year))" }
}
