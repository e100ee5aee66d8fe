/// One firm's stored fact records as their bytes, copied out of SQLite by the reading thread and
/// decoded and merged by a checking thread (`merged()`), so that reading, which runs on one
/// thread, does not also scan every record.
struct FactRecords: Sendable {
    /// The records end to end.
    private var bytes: [UInt8] = []
    /// Each record's fiscal year and where it ends in `bytes`, in the order read.
    private var records: [(year: Int, end: Int)] = []

    mutating func append(year: Int, _ record: UnsafeRawBufferPointer) {
        if records.isEmpty {
            // Room for the usual three years and a second version at once, not grown record by record.
            bytes.reserveCapacity(record.count * 4)
            records.reserveCapacity(4)
        }
        bytes.append(contentsOf: record)
        records.append((year, bytes.count))
    }

    /// The records merged by year in the order read, as `Registry.facts` merges them.
    func merged() throws -> [Int: AnnualFacts] {
        var byYear = [Int: AnnualFacts](minimumCapacity: records.count)
        try bytes.withUnsafeBytes { all in
            var start = 0
            for (year, end) in records {
                let version = try FactsJSON.decode(bytes: UnsafeRawBufferPointer(rebasing: all[start..<end]))
                byYear[year] = byYear[year].map { $0.merging(newer: version) } ?? version
                start = end
            }
        }
        return byYear
    }
}

extension FactRecords {
    /// A record read as text (through the seam, `FirmRecordsWindows`).
    mutating func append(year: Int, text: String) {
        var text = text
        text.withUTF8 { append(year: year, UnsafeRawBufferPointer($0)) }
    }
}
