/// A connection that can load many rows at once (PostgreSQL's COPY) and give tables whose ids
/// were assigned by the caller their next id afterwards: what an import on a server writes with.
public protocol RegistryBulkLoading: RegistryConnection {
    /// Appends `rows` (values in the order of `columns`) to `table` in one statement.
    func load(into table: String, columns: [String], rows: [[StoredValue]]) throws
    /// Makes the table's own id generator continue after its highest id (rows were written with
    /// ids chosen by the caller).
    func continueIDs(of table: String) throws
}
