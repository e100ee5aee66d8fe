/// One stored value as it crosses from one engine to the other: SQLite's five storage classes,
/// which are also all the registry's PostgreSQL columns hold (bigint, double precision, text, bytea).
public enum StoredValue: Hashable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])
}
