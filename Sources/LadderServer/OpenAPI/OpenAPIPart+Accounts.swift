extension OpenAPIPart {
    /// The accounts routes' paths and schemas.
    static let accounts = OpenAPIPart(name: "accounts", text: #"""
    { "paths": {} }
    """#)
}
