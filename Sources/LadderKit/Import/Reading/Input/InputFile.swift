#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An open, read-only file descriptor: sequential reads for text, positional reads for zips.
final class InputFile: ByteSource {
    let path: String
    let size: Int64
    /// Bytes delivered by sequential `read(into:)` so far.
    private(set) var position: Int64 = 0
    private let descriptor: Int32

    init(path: String) throws {
        self.path = path
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw ReadError.cannotOpen(path: path, reason: InputFile.lastError()) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let reason = InputFile.lastError()
            close(fd)
            throw ReadError.cannotOpen(path: path, reason: reason)
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            throw ReadError.cannotOpen(path: path, reason: "it is a directory, not a file")
        }
        descriptor = fd
        size = Int64(info.st_size)
    }

    deinit { close(descriptor) }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        while true {
            let n = systemRead(descriptor, base, buffer.count)
            if n >= 0 {
                position += Int64(n)
                return n
            }
            if errno != EINTR { throw ReadError.ioFailure(reason: InputFile.lastError()) }
        }
    }

    /// Reads up to `buffer.count` bytes at `offset`, fewer only at the end of the file.
    func read(at offset: Int64, into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        var done = 0
        while done < buffer.count {
            let n = pread(descriptor, base + done, buffer.count - done, off_t(offset) + off_t(done))
            if n == 0 { break }
            if n < 0 {
                if errno == EINTR { continue }
                throw ReadError.ioFailure(reason: InputFile.lastError())
            }
            done += n
        }
        return done
    }

    /// Up to `count` bytes from `offset` (fewer at the end of the file).
    func bytes(at offset: Int64, count: Int) throws -> [UInt8] {
        guard count > 0, offset >= 0, offset < size else { return [] }
        var result = [UInt8](repeating: 0, count: Int(min(Int64(count), size - offset)))
        let n = try result.withUnsafeMutableBytes { try read(at: offset, into: $0) }
        result.removeSubrange(n...)
        return result
    }

    static func lastError() -> String { String(cString: strerror(errno)) }
}

/// `read(2)`, named apart from `InputFile.read(into:)`.
@inline(__always)
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}
