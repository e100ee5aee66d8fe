extension Tier {
    /// The words a table shows for each tier's code: 高企 for `hnte` in Chinese, the code in English.
    static var headings: [String: String] {
        Dictionary(uniqueKeysWithValues: Tier.allCases.map { ($0.rawValue, $0.heading()) })
    }
}
