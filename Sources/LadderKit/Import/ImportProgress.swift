/// How far an import has got, for a progress bar.
public struct ImportProgress: Sendable {
    public let rows: Int
    public let bytesRead: Int64
    public let totalBytes: Int64
    public let finished: Bool
}
