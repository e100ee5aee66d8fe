/// What a listing prints about a firm and one of its grants, read for the picked rows only.
struct FirmDetails: Sendable {
    let creditCode: String
    /// The name in force on the listing's day (renames applied).
    let name: String
    let contact: String?
    let phone: String?
    /// The grant's number, or its list year and category.
    let number: String
}
