import Foundation

/// Reads, fingerprints and parses rows on another core while the registry work runs on the
/// caller's: a bounded queue of batches between the two keeps memory flat for any file size.
/// The reader belongs to the producer thread from `init` on.
final class RowPipeline: @unchecked Sendable {
    /// One non-blank row, prepared as far as can be done without the registry.
    struct Item {
        let row: SheetRow
        let rawKey: Int64
        /// The fingerprint without the 年度 and fact cells (`RowParser.rawFirmKey`).
        let rawFirmKey: Int64
        /// The year of the row's facts, when the file has facts (`RowParser.factYear`).
        let year: Int?
        /// The row's code when it is a clean one.
        let code: CreditCode?
        /// Nil when the row may be known unchanged from its fingerprint: parsed only if it is not.
        let outcome: RowParser.Outcome?

        /// The numbers a parsed row's grants and revocation give, which the import checks against
        /// the grants on file.
        var grantNumbers: [String] {
            guard let row = outcome?.row else { return [] }
            return [row.certificate?.number.text, row.tsme?.number.text, row.revocation?.number ?? nil].compactMap { $0 }
        }
    }

    struct Batch {
        var items: [Item]
        /// The reader's position after the batch, for the progress bar.
        var bytesRead: Int64
    }

    private static let batchSize = 1024
    private static let capacity = 4

    private let condition = NSCondition()
    private var queue: [Batch] = []
    private var producerDone = false
    private var failure: (any Error)?
    private var cancelled = false

    /// `mayBeUnchanged` says, from a row's fingerprint, whether parsing it can wait for the registry's answer.
    init(reader: any RowReader, parser: RowParser, mayBeUnchanged: @escaping @Sendable (Int64) -> Bool) {
        let source = Source(reader: reader, parser: parser)
        // The rows' problems are said in the caller's language (a server request's), which a
        // task-local would not carry to this thread by itself.
        let language = Language.current
        let thread = Thread { [self] in
            Language.$scoped.withValue(language) { produce(source, mayBeUnchanged: mayBeUnchanged) }
        }
        thread.stackSize = 8 << 20  // the main thread's: the XML parser recurses on nested elements
        thread.start()
    }

    /// The next batch, nil at the end of the file; rethrows a read error.
    func next() throws -> Batch? {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty && !producerDone { condition.wait() }
        if !queue.isEmpty {
            condition.broadcast()
            return queue.removeFirst()
        }
        if let failure { throw failure }
        return nil
    }

    /// Stops the producer and waits for it to let go of the file.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        while !producerDone { condition.wait() }
        condition.unlock()
    }

    /// The reader and parser, handed to the producer thread and used only there.
    private final class Source: @unchecked Sendable {
        let reader: any RowReader
        let parser: RowParser
        init(reader: any RowReader, parser: RowParser) {
            self.reader = reader
            self.parser = parser
        }
    }

    private func produce(_ source: Source, mayBeUnchanged: (Int64) -> Bool) {
        let parser = source.parser
        var items: [Item] = []
        items.reserveCapacity(RowPipeline.batchSize)
        var failure: (any Error)?
        var rows = FingerprintedRows(source.reader, parser: parser)
        do {
            while let (row, rawKey) = try rows.next() {
                items.append(RowPipeline.prepare(row, rawKey: rawKey, parser: parser, mayBeUnchanged: mayBeUnchanged))
                if items.count == RowPipeline.batchSize {
                    guard put(Batch(items: items, bytesRead: source.reader.bytesRead)) else { return finish(nil) }
                    items.removeAll(keepingCapacity: true)
                }
            }
        } catch {
            failure = error
        }
        // The rows read before an error are applied first, as they would be one by one.
        if !items.isEmpty { _ = put(Batch(items: items, bytesRead: source.reader.bytesRead)) }
        finish(failure)
    }

    /// Everything done on the reading thread to a row that is not blank, after its fingerprint
    /// (`FingerprintedRows`). Also what `ReadingBenchmark` times.
    static func prepare(_ row: SheetRow, rawKey: Int64, parser: RowParser, mayBeUnchanged: (Int64) -> Bool) -> Item {
        let code = parser.code(of: row)
        let outcome = code != nil && mayBeUnchanged(rawKey) ? nil : parser.parse(row, code: code)
        return Item(row: row, rawKey: rawKey, rawFirmKey: parser.rawFirmKey(row, rawKey: rawKey), year: parser.factYear(of: row),
                    code: code, outcome: outcome)
    }

    /// Waits for room; false when the consumer has given up.
    private func put(_ batch: Batch) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while queue.count >= RowPipeline.capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        queue.append(batch)
        condition.broadcast()
        return true
    }

    private func finish(_ error: (any Error)?) {
        condition.lock()
        failure = error
        producerDone = true
        condition.broadcast()
        condition.unlock()
    }
}
