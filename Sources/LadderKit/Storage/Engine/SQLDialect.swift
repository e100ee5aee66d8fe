/// The SQL an engine speaks, where LadderKit's reads must say a thing differently on each.
/// Everything else (placeholders aside, which the engine translates) is written once.
public enum SQLDialect: Sendable {
    case sqlite, postgres

    /// A subquery of the ids in a JSON array `[1,2,3]` bound to the placeholder `?`: one
    /// argument for any number of ids, instead of thousands of placeholders.
    func ids(_ placeholder: String = "?") -> String {
        switch self {
        case .sqlite: "(SELECT value FROM json_each(\(placeholder)))"
        case .postgres: "(SELECT CAST(value AS bigint) FROM json_array_elements_text(CAST(\(placeholder) AS json)))"
        }
    }

    /// A table scanned in key order without its other indexes (SQLite would otherwise scan every
    /// grant of a tier by day for a short range of event ids; PostgreSQL's planner decides itself).
    func notIndexed(_ table: String) -> String {
        switch self {
        case .sqlite: "\(table) NOT INDEXED"
        case .postgres: table
        }
    }

    /// A query of one integer that changes whenever a write commits on the server (for a cache that
    /// must never serve an answer older than the last write). SQLite's `data_version` needs a
    /// connection of its own instead (`ChangeCounter`). PostgreSQL: a hash of the current snapshot
    /// (xmin, xmax and the writers in progress), which a commit changes the moment it becomes
    /// visible and reads never change. The position of the write-ahead log, used before, also moved
    /// with every page an import in progress wrote and with background work: a server recomputed
    /// its national counts on every request during an import (26 requests a second instead of
    /// thousands).
    var changeVersion: String {
        switch self {
        case .sqlite: "PRAGMA data_version"
        case .postgres: "SELECT hashtextextended(txid_current_snapshot()::text, 0)"
        }
    }

    /// `a IS NOT b` of values that may be NULL (PostgreSQL says it at length).
    var isNot: String {
        switch self {
        case .sqlite: "IS NOT"
        case .postgres: "IS DISTINCT FROM"
        }
    }

    /// The keys of the JSON object in `column`, as rows (a fact's figures, counted by the log).
    func jsonKeys(_ column: String) -> String {
        switch self {
        case .sqlite: "json_each(\(column))"
        case .postgres: "json_object_keys(CAST(\(column) AS json)) AS keys"
        }
    }

    /// The distinct values of `column` in a group, joined by commas.
    func distinctList(_ column: String) -> String {
        switch self {
        case .sqlite: "group_concat(DISTINCT \(column))"
        case .postgres: "string_agg(DISTINCT \(column), ',')"
        }
    }
}
