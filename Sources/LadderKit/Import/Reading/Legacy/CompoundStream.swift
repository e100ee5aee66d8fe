/// One stream of a compound file, read at any offset: from the file through its sector chain
/// (runs of consecutive sectors in one read), or from memory for a stream small enough to live
/// in the mini stream (under 4 KiB).
final class CompoundStream {
    let name: String
    let size: Int
    private let file: InputFile
    private let sectors: [UInt32]
    private let sectorSize: Int
    private let memory: [UInt8]?

    init(name: String, size: Int, file: InputFile, sectors: [UInt32], sectorSize: Int) {
        self.name = name
        self.size = size
        self.file = file
        self.sectors = sectors
        self.sectorSize = sectorSize
        memory = nil
    }

    init(name: String, bytes: [UInt8], file: InputFile) {
        self.name = name
        size = bytes.count
        self.file = file
        sectors = []
        sectorSize = 1
        memory = bytes
    }

    /// Fills `buffer` from `offset` up to the end of the stream; returns how many bytes it wrote.
    func read(at offset: Int, into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let count = max(0, min(buffer.count, size - offset))
        guard count > 0, let base = buffer.baseAddress else { return 0 }
        if let memory {
            memory.withUnsafeBytes { base.copyMemory(from: $0.baseAddress! + offset, byteCount: count) }
            return count
        }
        var done = 0
        while done < count {
            let position = offset + done
            var index = position / sectorSize
            let within = position % sectorSize
            // Consecutive sectors are read together.
            var run = sectorSize - within
            while run < count - done, index + 1 < sectors.count, sectors[index + 1] == sectors[index] &+ 1 {
                run += sectorSize
                index += 1
            }
            run = min(run, count - done)
            let start = Int64(sectors[position / sectorSize]) + 1
            let fileOffset = start * Int64(sectorSize) + Int64(within)
            let n = try file.read(at: fileOffset, into: UnsafeMutableRawBufferPointer(start: base + done, count: run))
            guard n == run else {
                throw ReadError.damagedArchive(detail: ReadDetailText.streamPastEnd.text(["name": name]))
            }
            done += run
        }
        return count
    }

    /// `count` bytes from `offset`, all of them or an error.
    func bytes(at offset: Int, count: Int) throws -> [UInt8] {
        var result = [UInt8](repeating: 0, count: count)
        let n = try result.withUnsafeMutableBytes { try read(at: offset, into: $0) }
        guard n == count else {
            throw ReadError.damagedArchive(detail: ReadDetailText.streamShort.text(["name": name]))
        }
        return result
    }
}
