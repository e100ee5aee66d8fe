/// A forward-only supplier of bytes: a file, a transcoder, or an inflating zip entry.
protocol ByteSource: AnyObject {
    /// Fills the front of `buffer` and returns how many bytes it wrote; 0 means the end.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
}
