/// The writes a transaction on a `RegistryConnection` makes whatever engine holds it, before it
/// commits: the caches (`grant_place`, the name index) filled as SQLite's writes fill them. Used by
/// `Registry.writing` on a server and by `ladder copy` to PostgreSQL.
public enum ConnectedRegistry {}
