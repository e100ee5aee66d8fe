extension OpenAPIPart {
    /// The writes routes' paths and schemas.
    static let writes = OpenAPIPart(name: "writes", text: #"""
    { "paths": {} }
    """#)
}
