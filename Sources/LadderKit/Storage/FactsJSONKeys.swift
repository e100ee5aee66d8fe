/// The keys of a stored facts record, matched by their UTF-8 bytes: the scanner reads millions of
/// keys for `candidates`, and making a String of each to look it up cost more than the rest of the scan.
struct FactsJSONKeys {
    struct Entry {
        let bytes: [UInt8]
        let key: AnnualFacts.CodingKeys
        /// The key's bit in a record's set of keys seen.
        let bit: UInt64
    }

    /// Entries by the length of their name: at most four names share a length.
    private let byLength: [[Entry]]

    static let shared = FactsJSONKeys()

    private init() {
        // One bit of a UInt64 per key marks the keys already seen.
        precondition(AnnualFacts.CodingKeys.allCases.count <= 64, "more facts keys than bits in the seen-mask")
        let entries = AnnualFacts.CodingKeys.allCases.enumerated().map { index, key in
            Entry(bytes: Array(key.rawValue.utf8), key: key, bit: 1 << UInt64(index))
        }
        var byLength = [[Entry]](repeating: [], count: (entries.map(\.bytes.count).max() ?? 0) + 1)
        for entry in entries { byLength[entry.bytes.count].append(entry) }
        self.byLength = byLength
    }

    /// The key whose name is exactly these bytes, or nil.
    func entry(_ name: UnsafeRawBufferPointer) -> Entry? {
        guard name.count < byLength.count else { return nil }
        for entry in byLength[name.count] where entry.bytes.withUnsafeBytes({ $0.elementsEqual(name) }) {
            return entry
        }
        return nil
    }
}
