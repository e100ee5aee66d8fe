/// What `ladder init` did to a PostgreSQL database: what it says differs, since "created" on a
/// registry that already holds a province's firms would alarm whoever runs it.
public enum PostgresSchemaChange: Equatable, Sendable {
    /// The database held no registry; it holds an empty one now.
    case created
    /// The registry lacked these migrations; they are applied now, its rows kept.
    case upgraded(applied: [String])
    /// The registry already had every migration.
    case unchanged
}
