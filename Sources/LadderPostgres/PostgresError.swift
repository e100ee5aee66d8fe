import LadderKit

/// What went wrong with a PostgreSQL registry, worded from the catalogue; never holds a password.
public enum PostgresError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum AddressProblem: String, Sendable {
        case notAnAddress, parameters, noDatabase, noUser, badPort
    }

    case passwordInAddress(address: String)
    case notARegistry(address: String)
    case badAddress(address: String, reason: AddressProblem)
    case cannotConnect(address: String, detail: String)
    case serverRefused(address: String, detail: String)
    case newerSchema(address: String, found: String)
    case olderSchema(address: String, missing: String)

    public var description: String {
        switch self {
        case .passwordInAddress(let address): PostgresText.passwordInAddress.text(["address": address])
        case .notARegistry(let address): PostgresText.notARegistry.text(["address": address])
        case .badAddress(let address, let reason):
            PostgresText.badAddress.text(["address": address, "reason": PostgresError.words(for: reason)])
        case .cannotConnect(let address, let detail): PostgresText.cannotConnect.text(["address": address, "detail": detail])
        case .serverRefused(let address, let detail): PostgresText.serverRefused.text(["address": address, "detail": detail])
        case .newerSchema(let address, let found): PostgresText.newerSchema.text(["address": address, "found": found])
        case .olderSchema(let address, let missing): PostgresText.olderSchema.text(["address": address, "missing": missing])
        }
    }

    private static func words(for reason: AddressProblem) -> String {
        switch reason {
        case .notAnAddress: PostgresText.reasonNotAnAddress.text()
        case .parameters: PostgresText.reasonParameters.text()
        case .noDatabase: PostgresText.reasonNoDatabase.text()
        case .noUser: PostgresText.reasonNoUser.text()
        case .badPort: PostgresText.reasonBadPort.text()
        }
    }
}
