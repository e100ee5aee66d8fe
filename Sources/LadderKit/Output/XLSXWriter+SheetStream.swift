import Foundation

extension XLSXWriter {
    /// The sheet part read as one byte stream made of three pieces: the prefix (built last,
    /// since it holds the column widths), the rows from the temporary file, and the suffix.
    /// ZIPFoundation asks for consecutive chunks of exactly the requested size.
    struct SheetStream {
        let prefix: Data
        let suffix: Data
        let bodySize: Int64
        private let body: FileHandle

        init(prefix: Data, bodyURL: URL, bodySize: Int64, suffix: Data) throws {
            self.prefix = prefix
            self.suffix = suffix
            self.bodySize = bodySize
            body = try FileHandle(forReadingFrom: bodyURL)
        }

        var size: Int64 { Int64(prefix.count) + bodySize + Int64(suffix.count) }

        func read(position: Int64, count: Int) throws -> Data {
            var chunk = Data(capacity: count)
            var position = position
            let end = position + Int64(count)
            let bodyStart = Int64(prefix.count), suffixStart = bodyStart + bodySize
            while position < end {
                if position < bodyStart {
                    let upper = min(end, bodyStart)
                    chunk.append(prefix.subdata(in: Int(position)..<Int(upper)))
                    position = upper
                } else if position < suffixStart {
                    let upper = min(end, suffixStart)
                    try body.seek(toOffset: UInt64(position - bodyStart))
                    let data = try body.read(upToCount: Int(upper - position)) ?? Data()
                    guard !data.isEmpty else { throw XLSXWriterError.io(path: "sheet rows", message: "temporary file ended early") }
                    chunk.append(data)
                    position += Int64(data.count)
                } else {
                    let upper = min(end, size)
                    chunk.append(suffix.subdata(in: Int(position - suffixStart)..<Int(upper - suffixStart)))
                    position = upper
                    if upper < end { break }
                }
            }
            return chunk
        }
    }
}
