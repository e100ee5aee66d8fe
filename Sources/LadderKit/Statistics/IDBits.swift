/// A set of event or firm ids as a bit array: ids are dense row ids, so membership is one load
/// instead of a hash, which matters when a report asks it for every one of 150 000 grants.
struct IDBits: Sendable {
    private var words: [UInt64] = []

    init() {}

    /// Room for ids up to `maxID` without growing.
    init(capacity maxID: Int64) {
        words = [UInt64](repeating: 0, count: Int(max(maxID, 0) >> 6) + 1)
    }

    init(_ ids: some Sequence<Int64>) {
        for id in ids { insert(id) }
    }

    mutating func insert(_ id: Int64) {
        guard id >= 0 else { return }
        let word = Int(id >> 6)
        if word >= words.count { words += Array(repeating: 0, count: word - words.count + 1) }
        words[word] |= 1 << UInt64(id & 63)
    }

    func contains(_ id: Int64) -> Bool {
        let word = Int(id >> 6)
        guard id >= 0, word < words.count else { return false }
        return words[word] & (1 << UInt64(id & 63)) != 0
    }
}
