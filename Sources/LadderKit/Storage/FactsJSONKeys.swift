import Foundation

/// The keys of a stored facts record, matched by their UTF-8 bytes: the scanner reads millions of
/// keys for `candidates`, and making a String of each to look it up cost more than the rest of the scan.
struct FactsJSONKeys {
    struct Entry {
        let key: AnnualFacts.CodingKeys
        /// The key's bit in a record's set of keys seen.
        let bit: UInt64
    }

    /// Every key's name, end to end, shortest first.
    private let names: [UInt8]
    /// The keys in the order of `names`: where each name starts there, and its entry.
    private let slots: [(start: Int, entry: Entry)]
    /// For a name length n, the keys of that length are `slots[firstOfLength[n]..<firstOfLength[n + 1]]`.
    private let firstOfLength: [Int]

    static let shared = FactsJSONKeys()

    private init() {
        // One bit of a UInt64 per key marks the keys already seen.
        precondition(AnnualFacts.CodingKeys.allCases.count <= 64, "more facts keys than bits in the seen-mask")
        let keys = AnnualFacts.CodingKeys.allCases.enumerated()
            .map { (name: Array($0.element.rawValue.utf8), entry: Entry(key: $0.element, bit: 1 << UInt64($0.offset))) }
            .sorted { $0.name.count < $1.name.count }
        let longest = keys.last?.name.count ?? 0
        var names: [UInt8] = [], slots: [(start: Int, entry: Entry)] = [], firstOfLength: [Int] = []
        for length in 0...longest + 1 {
            firstOfLength.append(slots.count)
            for key in keys where key.name.count == length {
                slots.append((names.count, key.entry))
                names += key.name
            }
        }
        self.names = names
        self.slots = slots
        self.firstOfLength = firstOfLength
    }

    /// The key whose name is exactly these bytes, or nil.
    func entry(_ name: UnsafeRawBufferPointer) -> Entry? {
        let count = name.count
        guard count + 1 < firstOfLength.count, let bytes = name.baseAddress else { return nil }
        return names.withUnsafeBytes { names in
            for slot in slots[firstOfLength[count]..<firstOfLength[count + 1]]
            where memcmp(names.baseAddress! + slot.start, bytes, count) == 0 {
                return slot.entry
            }
            return nil
        }
    }
}
