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
        case let .badName(name):
            return "'\(name)' is not a usable account name; use 1 to 64 letters, digits, '.', '_' or '-' (e.g. ganzhou.li)"
        case let .nameTaken(name):
            return "an account named '\(name)' already exists; choose another name or see `ladder accounts list`"
        case let .unknownAccount(name):
            return "no account named '\(name)'; see `ladder accounts list`"
        case let .alreadyDisabled(name):
            return "account '\(name)' is already disabled; add a new account to give access again"
        case let .unknownToken(name, id):
            return "account '\(name)' has no token \(id); see `ladder accounts token \(name) --list`"
        case let .tokenAlreadyRevoked(name, id):
            return "token \(id) of account '\(name)' is already revoked; nothing to do"
        }
    }
}
