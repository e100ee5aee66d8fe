/// Annual figures written plainly in a CSV cell (`9472.38`, `53`: ASCII digits, at most one point),
/// read from the cell's bytes without making its text: most of a roster's cells are such figures.
/// Such a cell has nothing to fold or trim, so its text is its bytes and the reading is the one
/// `ValueParser` would give; anything else (units, separators, spaces, faults) goes the text way.
extension RowParser.Cursor {
    func plainFact(_ field: ImportField, _ plain: RowParser.FactColumn.Plain?) -> FactValue? {
        guard let plain, let index = parser.columnByOrdinal[field.ordinal] else { return nil }
        switch plain {
        case let .decimal(unit):
            return sheetRow.withTextBytes(at: index) { Money.plainDecimal($0, unit: unit) }.map(FactValue.number)
        case .count:
            return sheetRow.withTextBytes(at: index, RowParser.Cursor.plainCount).map { .number(Int64($0)) }
        }
    }

    /// `ValueParser.integer`'s plain case: one to fifteen ASCII digits.
    private static func plainCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 15 else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= 48, byte <= 57 else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return value
    }
}

extension RowParser.FactColumn.Plain {
    /// Negative amounts are never plain; 千元 and unsupported units have their own reading, as
    /// have yes/no facts and scores.
    init?(_ reading: RowParser.FactColumn.Reading) {
        switch reading {
        case let .money(unit, _), let .valuation(unit):
            switch unit {
            case .yuan: self = .decimal(.yuan)
            case .wan: self = .decimal(.wan)
            case .yi: self = .decimal(.yi)
            case .thousand, .unsupported: return nil
            }
        case .count: self = .count
        case .flag, .score: return nil
        }
    }
}
