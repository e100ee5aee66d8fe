import GRDB

/// Where a `Registry` keeps its records: a SQLite database LadderKit opens itself (a file, or
/// memory), or a database server reached through a `RegistryEngine`.
enum RegistryStore: Sendable {
    case sqlite(any DatabaseWriter)
    case engine(any RegistryEngine)
}
