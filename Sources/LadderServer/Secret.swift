import LadderKit

/// Random secrets (session cookies, CSRF and API tokens) and the digests the registry keeps of them.
enum Secret {
    /// 32 random bytes from the system's cryptographic generator, as 64 hex digits.
    static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in hex(UInt8.random(in: .min ... .max, using: &generator)) }.joined()
    }

    /// SHA-256 of the secret as hex: what the registry stores, so a copy of it opens no session.
    static func digest(_ secret: String) -> String {
        var sha = SHA256()
        sha.update(Array(secret.utf8))
        return sha.finalizeHex()
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 15)]])
    }
}
