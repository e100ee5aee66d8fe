import LadderKit

extension PostgresRegistryConnection: PackedReading {
    public func forEachPackedRow(_ sql: String, _ arguments: [StoredValue], values: Int,
                                 _ body: (PackedRow) throws -> Void) throws {
        try session.forEachRow(SQLPlaceholders.numbered(sql), arguments) { row in
            var leading: [StoredValue] = [], arrays: [[Int64]] = []
            leading.reserveCapacity(values)
            arrays.reserveCapacity(max(0, row.count - values))
            for cell in row {
                if leading.count < values {
                    leading.append(try StoredValue(cell))
                } else {
                    arrays.append(try PostgresIntegerArray.decode(cell))
                }
            }
            try body(PackedRow(values: StoredRow(leading), arrays: arrays))
        }
    }
}
