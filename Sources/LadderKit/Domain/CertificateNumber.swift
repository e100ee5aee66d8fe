/// A 高新技术企业 certificate number: `GR` + 4-digit year + 2-digit province + 6-digit serial,
/// e.g. `GR202336000123`. A re-certified firm gets a new number; a rename keeps it.
public struct CertificateNumber: Hashable, Sendable, CustomStringConvertible {
    public let text: String

    public init(_ raw: String) throws(NumberError) {
        // The common case, a clean number as issued, is checked on its bytes and kept without copying.
        if raw.utf8.count == 14, raw.utf8.withContiguousStorageIfAvailable(CertificateNumber.isClean) == true {
            text = raw
            return
        }
        let text = raw.trimmingSpaces().uppercased()
        let bytes = Array(text.utf8)
        guard bytes.count == 14, bytes[0] == UInt8(ascii: "G"), bytes[1] == UInt8(ascii: "R"),
              bytes[2...].allSatisfy({ $0 >= 48 && $0 <= 57 }),
              let year = Int(text.dropFirst(2).prefix(4)), (1990...2100).contains(year) else {
            throw .certificate(value: text)
        }
        self.text = text
    }

    public init(trusted text: String) { self.text = text }

    /// 14 bytes: GR, a year of 1990–2100, eight digits; what the general check accepts when
    /// trimming and upper-casing change nothing.
    private static func isClean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count == 14, bytes[0] == UInt8(ascii: "G"), bytes[1] == UInt8(ascii: "R") else { return false }
        for i in 2..<14 {
            guard bytes[i] >= 48, bytes[i] <= 57 else { return false }
        }
        let year = bytes[2..<6].reduce(0) { $0 * 10 + Int($1 - 48) }
        return (1990...2100).contains(year)
    }

    public var description: String { text }
    public var year: Int {
        // Read on the bytes: asked of every certificate row (`issueDayProblem`).
        let fromBytes = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            guard bytes.count >= 6, bytes[2..<6].allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
            return bytes[2..<6].reduce(0) { $0 * 10 + Int($1 - 48) }
        }
        return (fromBytes ?? nil) ?? Int(text.dropFirst(2).prefix(4))!
    }
    public var province: String { String(text.dropFirst(6).prefix(2)) }

    /// Why `issued` cannot be this certificate's issue day, if it cannot: a number carries the
    /// year it was certified in, and certificates of a year's batches are issued that year or, for
    /// the last batch, early in the next; any other year is a mistyped number or day.
    public func issueDayProblem(_ issued: Day) -> String? {
        guard issued.year < year || issued.year > year + 1 else { return nil }
        return InputErrorText.issueDayMismatch.text(["number": text, "year": year, "issued": ProseFormat.day(issued),
                                                     "next": year + 1])
    }
}

/// Why a qualification number is malformed.
public enum NumberError: Error, Equatable, Sendable, CustomStringConvertible {
    case certificate(value: String)
    case tsme(value: String)

    public var description: String {
        switch self {
        case let .certificate(value): InputErrorText.notACertificate.text(["value": value])
        case let .tsme(value): InputErrorText.notATsmeNumber.text(["value": value])
        }
    }
}
