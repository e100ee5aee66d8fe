#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

private let quote = UInt8(ascii: "\"")
private let lineFeed: UInt8 = 0x0A
private let carriageReturn: UInt8 = 0x0D
private let ones: UInt64 = 0x0101_0101_0101_0101
private let lineFeeds = UInt64(lineFeed) &* ones
private let returns = UInt64(carriageReturn) &* ones

private let highBits: UInt64 = 0x8080_8080_8080_8080

/// The high bit of each zero byte of `x`. Exact up to the lowest zero byte (a borrow can flag
/// bytes above it), which is all the scanner uses.
@inline(__always)
private func zeroBytes(_ x: UInt64) -> UInt64 {
    (x &- ones) & ~x & highBits
}

/// The high bit of each zero byte of `x`, exactly: no borrow runs from one byte into the next,
/// so every match in a word can be taken from one mask.
@inline(__always)
private func exactZeroBytes(_ x: UInt64) -> UInt64 {
    ~(((x & lowBits) &+ lowBits) | x | lowBits)
}

private let lowBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

/// Moves `j` eight bytes at a time to the first delimiter or line end before `end`, gathering the
/// bytes passed into `seen`; false when fewer than eight bytes were left unscanned with none found.
@inline(__always)
private func scanWords(_ base: UnsafePointer<UInt8>, _ j: inout Int, _ end: Int, _ delimiters: UInt64, _ seen: inout UInt64) -> Bool {
    while j + 8 <= end {
        let word = UnsafeRawPointer(base + j).loadUnaligned(as: UInt64.self)
        let hits = zeroBytes(word ^ delimiters) | zeroBytes(word ^ lineFeeds) | zeroBytes(word ^ returns)
        if hits != 0 {
            let k = hits.trailingZeroBitCount >> 3
            seen |= word & ((1 << (k << 3)) &- 1)
            j += k
            return true
        }
        seen |= word
        j += 8
    }
    return false
}

/// The record scanner: the hot path of CSV import. State lives in locals and `inout` values
/// rather than in the reader's properties, which would cost a dynamic exclusivity check each.
extension DelimitedReader {
    /// The record being built.
    struct Record {
        /// The cells read so far (the reader's `buffer`, handed back when the record ends).
        var buffer: RecordBuffer
        var hadInvalidBytes = false
        /// Set when a quote in this record never closed: the rest of its line is read unquoted.
        var damage: SheetRow.Damage?
    }

    /// Parses the next record into `text`; false at the end of the input.
    func readRecord() throws -> Bool {
        var at = position
        var keep = at
        guard try ensure(&at, keeping: &keep) else { return false }
        recordNumber += 1
        let recordStart = window.streamOffset + Int64(at)
        buffer.removeAll()
        var record = Record(buffer: buffer)
        // Handed back however the record ends, thrown errors included: it may have grown.
        defer { buffer = record.buffer }
        // Only a quoted cell can hold a line break: a record read in one pass has none.
        var mayHoldLineBreaks = false
        if let after = plainRecord(from: at, &record) {
            at = after
        } else {
            record.buffer.removeAll()
            record.hadInvalidBytes = false
            mayHoldLineBreaks = true
            try fields(&at, &record)
        }
        if let transcoder, transcoder.replacedBytes(in: recordStart..<window.streamOffset + Int64(at)) {
            record.hadInvalidBytes = true
        }
        position = at
        text = record.buffer.rowText(mayHoldLineBreaks: mayHoldLineBreaks)
        recordHadInvalidBytes = record.hadInvalidBytes
        recordDamage = record.damage
        return true
    }

    /// The usual record, read in one pass: wholly in the window, ended by a line break, no cell
    /// starting with a quote, within `limits`. Its cells' ends are noted as they are found and its
    /// bytes copied at once, their delimiters then `RowText`'s zero separators. Nil for any other record,
    /// which `fields` then reads from its start (the answer is the same, only slower).
    /// Returns the index past the record's line break.
    ///
    /// Each word of the record is loaded once and every delimiter in it taken from one mask
    /// (`exactZeroBytes`), rather than each cell's scan loading again the word the last one ended in.
    @inline(__always)
    private func plainRecord(from start: Int, _ record: inout Record) -> Int? {
        let base = window.base, end = window.end
        let d = delimiter
        let delimiters = UInt64(d) &* ones
        let maxFieldBytes = limits.maxFieldBytes, maxColumns = limits.maxColumns
        guard start < end, base[start] != quote else { return nil }
        var j = start
        var cellStart = start
        // The word being taken apart: where it starts, and the high bit of each delimiter or line break left in it.
        var wordStart = start, hits: UInt64 = 0
        while true {
            // Where the cell being read ends: the next delimiter or line break.
            let at: Int
            if hits != 0 {
                at = wordStart + hits.trailingZeroBitCount >> 3
                hits &= hits &- 1
            } else if j + 8 <= end {
                let word = UnsafeRawPointer(base + j).loadUnaligned(as: UInt64.self)
                hits = exactZeroBytes(word ^ delimiters) | exactZeroBytes(word ^ lineFeeds) | exactZeroBytes(word ^ returns)
                wordStart = j
                j += 8
                continue
            } else {
                // Fewer than eight bytes left in the window: one at a time.
                while j < end, base[j] != d, base[j] != lineFeed, base[j] != carriageReturn { j += 1 }
                // The line goes on past the window.
                guard j < end else { return nil }
                at = j
                j += 1
            }
            guard at - cellStart <= maxFieldBytes else { return nil }
            record.buffer.endCell(at: at - start)
            guard record.buffer.endCount <= maxColumns else { return nil }
            let b = base[at]
            if b == d {
                // A record ending in a delimiter at the window's end, or a quoted cell: read the general way.
                guard at + 1 < end, base[at + 1] != quote else { return nil }
                cellStart = at + 1
                continue
            }
            let recordEnd = at
            guard recordEnd - start - (record.buffer.endCount - 1) <= limits.maxRecordBytes else { return nil }
            var next = at + 1
            if b == carriageReturn {
                guard next < end else { return nil }
                if base[next] == lineFeed { next += 1 }
            }
            // Validated whole rather than cell by cell (which gives the same answer: the delimiters
            // between cells are ASCII, which no valid sequence holds and which ends any it cuts
            // short), as tracking which cells hold a byte past ASCII cost more than validating the
            // ASCII cells too.
            if !UTF8Validation.isValid(UnsafeBufferPointer(start: base + start, count: recordEnd - start)) {
                record.hadInvalidBytes = true
            }
            record.buffer.copyRecord(base + start, recordEnd - start)
            return next
        }
    }

    /// Reads a record's fields one by one from `at`, into `record`.
    private func fields(_ at: inout Int, _ record: inout Record) throws {
        fields: while true {
            let terminator = window.base[at] == quote && record.damage == nil
                ? try quotedField(&at, &record) : try plainField(&at, &record, prefixed: false)
            switch terminator {
            case .delimiter:
                at += 1
                var k = at
                if try !ensure(&at, keeping: &k) {
                    // A delimiter just before the end: one more, empty field.
                    try append(window.base, 0, to: &record)
                    break fields
                }
            case .lineFeed:
                at += 1
                break fields
            case .carriageReturn:
                at += 1
                var k = at
                if try ensure(&at, keeping: &k), window.base[at] == lineFeed { at += 1 }
                break fields
            case .end:
                break fields
            }
        }
    }

    /// An unquoted field from `at` (or the rest of one after its closing quote, appended to
    /// `scratch` when `prefixed`). A quote inside it is kept literally.
    private func plainField(_ at: inout Int, _ record: inout Record, prefixed: Bool) throws -> Terminator {
        var start = at
        var j = at
        let d = delimiter
        let delimiters = UInt64(d) &* ones
        // High bits of every byte seen: all clear means ASCII, which needs no validation.
        var seen: UInt64 = 0
        while try ensure(&j, keeping: &start) {
            let base = window.base, end = window.end
            if scanWords(base, &j, end, delimiters, &seen) {
                return try endField(base[j], &at, j, start, &record, prefixed: prefixed, ascii: seen & highBits == 0)
            }
            while j < end {
                let b = base[j]
                if b == d || b == lineFeed || b == carriageReturn {
                    return try endField(b, &at, j, start, &record, prefixed: prefixed, ascii: seen & highBits == 0)
                }
                seen |= UInt64(b)
                j += 1
            }
        }
        try finishField(prefixed: prefixed, start: start, end: j, &record, ascii: seen & highBits == 0)
        at = j
        return .end
    }

    @inline(__always)
    private func endField(_ b: UInt8, _ at: inout Int, _ j: Int, _ start: Int, _ record: inout Record,
                          prefixed: Bool, ascii: Bool) throws -> Terminator {
        try finishField(prefixed: prefixed, start: start, end: j, &record, ascii: ascii)
        at = j
        return b == delimiter ? .delimiter : b == lineFeed ? .lineFeed : .carriageReturn
    }

    /// A field starting with a quote: doubled quotes are one quote; delimiters and line ends
    /// inside are data. Text after the closing quote is kept, as Excel does, unless the field
    /// took in a line break: then that "closing" quote is most likely the opening quote of a later
    /// record. Such a quote, one that never closes, or one spanning more lines or bytes than
    /// `limits` allow, is unclosed: the record is read again from it to the end of its line,
    /// unquoted, and marked damaged, so the next record starts on the next line.
    private func quotedField(_ at: inout Int, _ record: inout Record) throws -> Terminator {
        // The opening quote stays in the window until the field is accepted, to read again from it.
        var open = at
        var segment = at + 1
        var j = segment
        var prefixed = false
        var lineBreaks = 0
        scratch.removeAll(keepingCapacity: true)
        while true {
            if j >= window.end {
                if lineBreaks > 0, window.end - open > limits.maxFieldBytes {
                    return try readUnclosed(from: open, &at, &record)
                }
                let before = open
                let more = try ensure(&j, keeping: &open)
                segment -= before - open
                guard more else { return try readUnclosed(from: open, &at, &record) }
            }
            let base = window.base
            let hit = memchr(base + j, Int32(quote), window.end - j)
            let stop = hit.map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? window.end
            lineBreaks += DelimitedReader.lineBreaks(base, from: j, to: stop)
            if lineBreaks > limits.maxLineBreaksInQuotedField { return try readUnclosed(from: open, &at, &record) }
            j = stop
            guard hit != nil else { continue }
            var after = j + 1
            if after >= window.end, lineBreaks > 0, window.end - open > limits.maxFieldBytes {
                return try readUnclosed(from: open, &at, &record)
            }
            let before = open
            let more = try ensure(&after, keeping: &open)
            j -= before - open
            segment -= before - open
            guard more else {
                try finishField(prefixed: prefixed, start: segment, end: j, &record)
                at = after
                return .end
            }
            let b = window.base[after]
            if b == quote {
                try appendScratch(start: segment, end: after)
                prefixed = true
                segment = after + 1
                j = segment
                continue
            }
            if b == delimiter || b == lineFeed || b == carriageReturn {
                try finishField(prefixed: prefixed, start: segment, end: j, &record)
                at = after
                return b == delimiter ? .delimiter : b == lineFeed ? .lineFeed : .carriageReturn
            }
            if lineBreaks > 0 { return try readUnclosed(from: open, &at, &record) }
            try appendScratch(start: segment, end: j)
            at = after
            return try plainField(&at, &record, prefixed: true)
        }
    }

    /// Reads the field at `open` (its opening quote) as unquoted text, the quote kept, and marks
    /// the record damaged so its remaining fields on this line are read unquoted too.
    private func readUnclosed(from open: Int, _ at: inout Int, _ record: inout Record) throws -> Terminator {
        record.damage = .unclosedQuote(column: record.buffer.endCount)
        at = open
        return try plainField(&at, &record, prefixed: false)
    }

    /// Line breaks in `base[from..<to]`: line feeds, and carriage returns not followed by one.
    /// Asked of every quoted field, so words with neither byte are skipped eight at a time.
    private static func lineBreaks(_ base: UnsafeMutablePointer<UInt8>, from: Int, to: Int) -> Int {
        var count = 0
        var i = from
        while i < to {
            if i + 8 <= to {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if zeroBytes(word ^ lineFeeds) | zeroBytes(word ^ returns) == 0 {
                    i += 8
                    continue
                }
            }
            let b = base[i]
            if b == lineFeed || b == carriageReturn && (i + 1 >= to || base[i + 1] != lineFeed) { count += 1 }
            i += 1
        }
        return count
    }

    private func appendScratch(start: Int, end: Int) throws {
        scratch.append(contentsOf: UnsafeBufferPointer(start: window.base + start, count: end - start))
        if scratch.count > limits.maxFieldBytes {
            throw ReadError.fieldTooLarge(row: recordNumber, limit: limits.maxFieldBytes)
        }
    }

    @inline(__always)
    private func finishField(prefixed: Bool, start: Int, end: Int, _ record: inout Record, ascii: Bool = false) throws {
        if prefixed {
            try appendScratch(start: start, end: end)
            try scratch.withUnsafeBufferPointer { try append($0.baseAddress!, $0.count, to: &record) }
        } else {
            try append(window.base + start, end - start, to: &record, ascii: ascii)
        }
    }

    @inline(__always)
    private func append(_ start: UnsafePointer<UInt8>, _ count: Int, to record: inout Record, ascii: Bool = false) throws {
        if record.buffer.endCount > 0 { record.buffer.separate() }
        if count > 0 {
            let bytes = UnsafeBufferPointer(start: start, count: count)
            if !ascii, !UTF8Validation.isValid(bytes) { record.hadInvalidBytes = true }
            record.buffer.append(start, count)
        }
        if count > limits.maxFieldBytes {
            throw ReadError.fieldTooLarge(row: recordNumber, limit: limits.maxFieldBytes)
        }
        record.buffer.endCell()
        if record.buffer.endCount > limits.maxColumns {
            throw ReadError.tooManyColumns(row: recordNumber, limit: limits.maxColumns)
        }
        if record.buffer.cellBytes > limits.maxRecordBytes {
            throw ReadError.recordTooLarge(row: recordNumber, limit: limits.maxRecordBytes)
        }
    }

    /// Makes `window.base[index]` readable, refilling while keeping the bytes from `keep` on;
    /// both move down together. False at the end of the input.
    private func ensure(_ index: inout Int, keeping keep: inout Int) throws -> Bool {
        while index >= window.end {
            if window.end - keep > limits.maxFieldBytes {
                throw ReadError.fieldTooLarge(row: max(recordNumber, 1), limit: limits.maxFieldBytes)
            }
            let shift = keep
            let more: Bool
            do {
                more = try window.refill(keeping: shift)
            } catch is ByteWindow.Overflow {
                throw ReadError.fieldTooLarge(row: max(recordNumber, 1), limit: limits.maxFieldBytes)
            }
            keep -= shift
            index -= shift
            if !more { return index < window.end }
        }
        return true
    }
}
