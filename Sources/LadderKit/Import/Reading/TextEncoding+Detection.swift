/// The encoding a text table is actually decoded with.
enum ResolvedEncoding: Equatable {
    case utf8(bom: Bool)
    case gb18030

    var name: String {
        switch self {
        case .utf8(bom: false): return "utf-8"
        case .utf8(bom: true): return "utf-8 (BOM)"
        case .gb18030: return "gb18030"
        }
    }
}

extension TextEncoding {
    /// Resolves `auto` from the file's first bytes. `truncated` says the file goes on past the
    /// sample, so a character cut at the sample's end is not held against UTF-8.
    func resolve(sample: [UInt8], truncated: Bool) -> ResolvedEncoding {
        let bom = sample.starts(with: [0xEF, 0xBB, 0xBF])
        switch self {
        case .utf8: return .utf8(bom: bom)
        case .gb18030: return .gb18030
        case .auto:
            if bom { return .utf8(bom: true) }
            let end = truncated ? TextEncoding.characterBoundary(before: sample.count, in: sample) : sample.count
            return UTF8Validation.isValid(sample[..<end]) ? .utf8(bom: false) : .gb18030
        }
    }

    /// `count`, moved back before a UTF-8 sequence that starts in the last three bytes but
    /// does not fit before `count`.
    static func characterBoundary(before count: Int, in bytes: [UInt8]) -> Int {
        var lead = count - 1
        while lead >= 0, count - lead <= 3, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        guard lead >= 0 else { return count }
        let b = bytes[lead]
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
        return count - lead < length ? lead : count
    }
}
