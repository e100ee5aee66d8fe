extension OpenAPIPart {
    /// The imports routes' paths and schemas.
    static let imports = OpenAPIPart(name: "imports", text: #"""
    { "paths": {} }
    """#)
}
