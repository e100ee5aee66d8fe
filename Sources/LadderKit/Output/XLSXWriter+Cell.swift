extension XLSXWriter {
    /// One typed cell value. In a `.text` column every value is written as a string, so a code
    /// that happens to be all digits never turns into `9.13601E+17`.
    public enum Cell: Sendable, Equatable {
        case text(String)
        /// Integers beyond 15 digits lose precision in Excel; put such values in a `.text` column.
        case integer(Int)
        /// Written as an Excel number; NaN and infinities cannot be and are left empty.
        case decimal(Double)
        /// Written as an Excel date serial; days before 1900-03-01 (where Excel's calendar is
        /// wrong) are written as ISO text instead.
        case date(Day)
        case empty

        /// `.text`, or `.empty` for nil.
        public init(_ text: String?) { self = text.map(Cell.text) ?? .empty }

        /// `.integer`, or `.empty` for nil.
        public init(_ value: Int?) { self = value.map(Cell.integer) ?? .empty }

        /// `.date`, or `.empty` for nil.
        public init(_ day: Day?) { self = day.map(Cell.date) ?? .empty }
    }
}

extension XLSXWriter.Cell: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .decimal(value) }
}
