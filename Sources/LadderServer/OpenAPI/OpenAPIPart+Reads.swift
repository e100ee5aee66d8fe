extension OpenAPIPart {
    /// The reads routes' paths and schemas.
    static let reads = OpenAPIPart(name: "reads", text: #"""
    { "paths": {} }
    """#)
}
