/// How a read command prints its result. `table` is for people; the others are for programs
/// and are printed without decoration so they can be redirected to a file.
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, csv, json, ndjson
}
