/// A record's bytes followed by those of the CONTINUE records after it, with where each
/// continuation starts: a string cut by a record boundary repeats its encoding flag there.
struct ContinuedRecord {
    var bytes: [UInt8] = []
    /// Offsets in `bytes` where a CONTINUE record's bytes begin, ascending.
    var boundaries: [Int] = []

    init() {}

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        boundaries.removeAll(keepingCapacity: true)
    }
}
