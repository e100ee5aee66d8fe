extension String {
    /// Equal bytes, compared in a time that does not tell how much of a secret (a CSRF token) matched.
    func equalsInConstantTime(_ other: String) -> Bool {
        let x = Array(utf8), y = Array(other.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
