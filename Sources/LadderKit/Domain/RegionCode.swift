/// A GB/T 2260 six-digit division code (e.g. `360111` 青山湖区), kept exactly as given:
/// codes change over time (湾里区 360105 merged into 新建区 360112 in 2019) and old ones stay valid.
public struct RegionCode: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let code: String

    public init(_ raw: String) throws(RegionCodeError) {
        // Six digits not starting with 0, the usual cell: nothing to trim, read on the bytes.
        if raw.utf8.withContiguousStorageIfAvailable(RegionCode.isPlainCode) == true {
            code = raw
            return
        }
        let text = raw.trimmingSpaces()
        guard text.utf8.count == 6, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else {
            throw .notSixDigits(value: text)
        }
        guard text.utf8.first != 48 else { throw .notSixDigits(value: text) }
        code = text
    }

    public init(trusted code: String) { self.code = code }

    static func isPlainCode(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count == 6 && bytes[0] != 48 && bytes.allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    public var description: String { code }

    /// Whether both codes begin with the same four digits (the same city), compared on their bytes
    /// as they lie, without copying either code.
    func sharesCity(with other: RegionCode) -> Bool {
        let shared = code.utf8.withContiguousStorageIfAvailable { x in
            other.code.utf8.withContiguousStorageIfAvailable { y in
                guard x.count >= 4, y.count >= 4 else { return x.prefix(4).elementsEqual(y.prefix(4)) }
                return x[0] == y[0] && x[1] == y[1] && x[2] == y[2] && x[3] == y[3]
            }
        }
        return (shared ?? nil) ?? code.utf8.prefix(4).elementsEqual(other.code.utf8.prefix(4))
    }

    public static func < (lhs: RegionCode, rhs: RegionCode) -> Bool { lhs.code < rhs.code }

    /// The two-digit province prefix (`36` for Jiangxi).
    public var province: String { String(code.prefix(2)) }
    /// The city-level code (`360100`), or the province code for province-level registrations.
    public var city: RegionCode { RegionCode(trusted: String(code.prefix(4)) + "00") }
    public var isCityOrAbove: Bool { code.hasSuffix("00") }
    /// The name in the built-in catalogue of Jiangxi divisions, if listed.
    public var name: String? { RegionCatalog.names[code] }

    /// Looks up a division by its name as rosters spell it (`赣州市`, `章贡区`, `赣州`, `南昌` the
    /// city, `南昌县` the county, an address): see `PlaceName`.
    public static func named(_ name: String) -> RegionCode? {
        PlaceName.read(name)?.code
    }
}

public enum RegionCodeError: Error, Equatable, Sendable, CustomStringConvertible {
    case notSixDigits(value: String)

    public var description: String {
        switch self {
        case let .notSixDigits(value): InputErrorText.notADivisionCode.text(["value": value])
        }
    }
}
