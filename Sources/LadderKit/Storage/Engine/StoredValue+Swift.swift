/// Arguments of the seam's statements from Swift values: nil is NULL.
extension StoredValue {
    init(_ text: String?) { self = text.map(StoredValue.text) ?? .null }
    init(_ int: Int64?) { self = int.map(StoredValue.integer) ?? .null }
    init(_ int: Int?) { self = int.map { .integer(Int64($0)) } ?? .null }
}
