extension XLSXWriter {
    /// One column of the sheet: its header and the kind of values it holds, which decides the
    /// cell style (number format) Excel shows them with.
    public struct Column: Sendable, Equatable {
        public enum Kind: Sendable, Equatable {
            /// Strings styled `@` (numFmtId 49): credit codes, certificate numbers and names
            /// stay text in Excel, WPS and LibreOffice, even when the user edits them.
            case text
            /// Whole numbers, shown without separators (`0`) so years do not print as `2,024`.
            case integer
            /// Numbers shown with `decimalPlaces` fixed decimals.
            case decimal
            /// Real Excel dates (serial numbers) formatted `yyyy-mm-dd`.
            case date
        }

        public var header: String
        public var kind: Kind
        /// Width in Excel character units; nil sizes the column from its content (CJK counts double).
        public var width: Double?
        /// Decimals shown in a `.decimal` column (0...10).
        public var decimalPlaces: Int

        public init(header: String, kind: Kind = .text, width: Double? = nil, decimalPlaces: Int = 2) {
            self.header = header
            self.kind = kind
            self.width = width
            self.decimalPlaces = max(0, min(decimalPlaces, 10))
        }
    }
}
