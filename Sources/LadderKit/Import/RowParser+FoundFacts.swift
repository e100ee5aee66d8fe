extension RowParser {
    /// The figures of one row as they are read, in a buffer the caller lends for the row (on the
    /// stack): room for every fact column and the combined 重大事故. Its values are plain, so
    /// nothing is left to free but the buffer itself.
    struct FoundFacts {
        private let buffer: UnsafeMutableBufferPointer<FoundFact>
        private(set) var count = 0

        init(buffer: UnsafeMutableBufferPointer<FoundFact>) { self.buffer = buffer }

        var isEmpty: Bool { count == 0 }

        mutating func append(_ fact: FoundFact) {
            precondition(count < buffer.count, "more facts than fact columns")
            (buffer.baseAddress! + count).initialize(to: fact)
            count += 1
        }

        /// The first figure read for `field`, when it is a number.
        func number(_ field: ImportField) -> Int64? {
            for i in 0..<count where buffer[i].field == field {
                guard case let .number(n) = buffer[i].value else { return nil }
                return n
            }
            return nil
        }

        /// In key order, by the ranks fixed with the columns: an insertion sort of a few entries,
        /// stable as sorting by key was.
        mutating func sortByRank() {
            guard count > 1 else { return }
            for i in 1..<count {
                var j = i
                while j > 0, buffer[j - 1].rank > buffer[j].rank { buffer.swapAt(j - 1, j); j -= 1 }
            }
        }

        /// The facts as a row keeps them.
        var keyed: [(key: String, value: FactValue)] {
            (0..<count).map { (key: buffer[$0].field.rawValue, value: buffer[$0].value) }
        }

        mutating func removeAll() {
            buffer.baseAddress!.deinitialize(count: count)
            count = 0
        }
    }
}
