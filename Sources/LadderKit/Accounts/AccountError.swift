/// A refused change to the accounts.
public enum AccountError: Error, Equatable, Sendable, CustomStringConvertible {
    case badName(name: String)
    case nameTaken(name: String)
    case unknownAccount(name: String)
    case alreadyDisabled(name: String)
    case unknownToken(name: String, id: Int64)
    case tokenAlreadyRevoked(name: String, id: Int64)

    public var description: String {
        switch self {
        case let .badName(name): AccountText.badName.text(["name": name])
        case let .nameTaken(name): AccountText.nameTaken.text(["name": name])
        case let .unknownAccount(name): AccountText.unknownAccount.text(["name": name])
        case let .alreadyDisabled(name): AccountText.alreadyDisabled.text(["name": name])
        case let .unknownToken(name, id): AccountText.unknownToken.text(["name": name, "id": id])
        case let .tokenAlreadyRevoked(name, id): AccountText.tokenAlreadyRevoked.text(["id": id, "name": name])
        }
    }
}
