/// What the first bytes of a file say it is; picks the reader by content, not by extension.
enum FileKind: Equatable {
    case zip
    /// `%PDF-`: a published list printed to PDF.
    case pdf
    /// OLE2 compound file: `.xls`, WPS `.et`, or an encrypted `.xlsx`.
    case compoundFile
    case utf16
    case markup
    case binary
    case text

    /// How much of a file the sniffers look at.
    static let sampleSize = 64 << 10

    init(sample: [UInt8]) {
        if sample.starts(with: [0x50, 0x4B]) && sample.count >= 4
            && [(3, 4), (5, 6), (7, 8)].contains(where: { sample[2] == $0.0 && sample[3] == $0.1 }) {
            self = .zip
        } else if FileKind.looksLikePDF(sample) {
            self = .pdf
        } else if sample.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            self = .compoundFile
        } else if sample.starts(with: [0xFF, 0xFE]) || sample.starts(with: [0xFE, 0xFF])
                    || FileKind.looksLikeUTF16(sample) {
            self = .utf16
        } else if FileKind.looksLikeMarkup(sample) {
            self = .markup
        } else if FileKind.looksBinary(sample) {
            self = .binary
        } else {
            self = .text
        }
    }

    /// `%PDF-` at the start, after a BOM or blank lines at most (some web systems add them).
    private static func looksLikePDF(_ sample: [UInt8]) -> Bool {
        var i = sample.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while i < min(sample.count, 1024), [0x20, 0x09, 0x0A, 0x0D].contains(sample[i]) { i += 1 }
        return sample[i...].starts(with: Array("%PDF-".utf8))
    }

    /// ASCII text in UTF-16 has a NUL in every other byte.
    private static func looksLikeUTF16(_ sample: [UInt8]) -> Bool {
        let n = min(sample.count, 1024) & ~1
        guard n >= 16 else { return false }
        var evenZeros = 0, oddZeros = 0
        for i in stride(from: 0, to: n, by: 2) {
            if sample[i] == 0 { evenZeros += 1 }
            if sample[i + 1] == 0 { oddZeros += 1 }
        }
        let half = n / 2
        return (oddZeros * 10 >= half * 4 && evenZeros * 10 < half)
            || (evenZeros * 10 >= half * 4 && oddZeros * 10 < half)
    }

    /// An HTML table or XML Spreadsheet 2003 saved as `.xls`, common from web systems.
    private static func looksLikeMarkup(_ sample: [UInt8]) -> Bool {
        var i = sample.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while i < sample.count, [0x20, 0x09, 0x0A, 0x0D].contains(sample[i]) { i += 1 }
        guard i < sample.count, sample[i] == UInt8(ascii: "<") else { return false }
        let head = String(decoding: sample[i..<min(sample.count, i + 2048)], as: UTF8.self).lowercased()
        return ["<html", "<table", "<!doctype html", "<?xml"].contains { head.contains($0) }
    }

    /// Control bytes other than tab, line ends, form feed, SUB and ESC are rare in any text
    /// encoding: more than 1% of the sample means binary. A few stray NULs stay data.
    private static func looksBinary(_ sample: [UInt8]) -> Bool {
        var suspicious = 0
        for b in sample where b < 0x20 {
            switch b {
            case 0x09, 0x0A, 0x0C, 0x0D, 0x1A, 0x1B: continue
            default: suspicious += 1
            }
        }
        return suspicious > max(2, sample.count / 100)
    }
}
