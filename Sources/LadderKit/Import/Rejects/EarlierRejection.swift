/// What a rejects file says of one of its rows: the row's number in the file first imported
/// (原行号) and why it was rejected there (问题列, 问题说明).
struct EarlierRejection: Equatable {
    /// Nil when 原行号 is empty or not a whole number.
    let row: Int?
    let columns: String
    let reasons: String
}
