/// A registry reached through one `RegistryConnection`: the writes a copy or a server's
/// transaction makes on whatever connection it holds (the statistics cache so far).
public struct ConnectedRegistry {
    public let connection: any RegistryConnection

    public init(_ connection: any RegistryConnection) {
        self.connection = connection
    }
}
