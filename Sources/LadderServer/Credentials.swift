import HummingbirdBcrypt
import LadderKit

/// Making the secrets the CLI hands out: bcrypt password hashes and API tokens. The library only
/// stores what these make.
public enum Credentials {
    public static let minimumPasswordLength = 8

    /// Why `password` cannot be used, or nil when it can.
    public static func problem(withPassword password: String) -> String? {
        if password.count < minimumPasswordLength {
            return ServeInputText.passwordTooShort.text(["length": minimumPasswordLength])
        }
        if password.utf8.count > 72 {
            return ServeInputText.passwordTooLong.text()
        }
        return nil
    }

    public static func hash(password: String, cost: UInt8 = 12) -> String { Bcrypt.hash(password, cost: cost) }

    /// A new API token (shown once) and the digest the registry keeps.
    public static func newToken() -> (token: String, digest: String) {
        let token = "ladder_" + Secret.random()
        return (token, Secret.digest(token))
    }
}
