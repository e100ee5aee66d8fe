/// How one annual-figure column is read, decided once from its field and header unit rather
/// than by set look-ups for every cell of every row.
extension RowParser {
    struct FactColumn {
        enum Reading {
            /// Yuan; `allowNegative` for net assets.
            case money(HeaderMatcher.MoneyUnit, allowNegative: Bool)
            /// US dollars in the header's unit; an unsupported unit rejects every filled cell.
            case valuation(HeaderMatcher.MoneyUnit)
            /// A yes/no fact; `accident`: one of the columns that together say 重大事故.
            case flag(accident: Bool)
            case score
            case count
        }

        /// How a plain figure of this column is read from its bytes (`Cursor.plainFact`), nil when
        /// its cells are never plain: a trivial value, so reading every cell copies nothing to retain.
        enum Plain {
            case decimal(Money.Unit)
            case count
        }

        let field: ImportField
        let reading: Reading
        let plain: Plain?
        /// Where this column's value goes among the row's facts sorted by key: 2 × its place in
        /// the columns sorted by key (stably, as the facts were), leaving odd ranks free.
        let rank: Int

        static func plan(_ columns: [HeaderMatcher.Column]) -> [FactColumn] {
            let order = columns.indices.sorted { (columns[$0].field.rawValue, $0) < (columns[$1].field.rawValue, $1) }
            var ranks = [Int](repeating: 0, count: columns.count)
            for (place, index) in order.enumerated() { ranks[index] = 2 * place }
            return columns.enumerated().map { index, column in
                let field = column.field
                let reading: Reading
                if ImportField.moneyFields.contains(field) {
                    reading = .money(column.unit ?? .wan, allowNegative: field == .netAssets)
                } else if field == .valuationUSD {
                    // In US dollars: the header's (美元), (万美元) or (亿美元), 美元 when it names none.
                    reading = .valuation(column.unit ?? .yuan)
                } else if ImportField.flagFields.contains(field) {
                    reading = .flag(accident: field == .majorAccident || ImportField.accidentFields.contains(field))
                } else if ImportField.scoreFields.contains(field) {
                    reading = .score
                } else {
                    reading = .count
                }
                return FactColumn(field: field, reading: reading, plain: Plain(reading), rank: ranks[index])
            }
        }

        /// The rank of the combined 重大事故 fact appended after the columns: after every column
        /// whose key sorts before or equal to its own, as a stable sort would put it.
        static func accidentRank(_ plan: [FactColumn]) -> Int {
            let key = ImportField.majorAccident.rawValue
            return 2 * plan.filter { $0.field.rawValue <= key }.count - 1
        }
    }
}
