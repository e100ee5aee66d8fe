import Foundation

/// Where a PostgreSQL password comes from, as libpq finds it: $PGPASSWORD, else the first
/// matching line of $PGPASSFILE or ~/.pgpass (`host:port:database:user:password`, `*` matches
/// anything, `\:` and `\\` escape). Never printed.
public enum PostgresPassword {
    public static func lookUp(for address: PostgresAddress,
                              environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let password = environment["PGPASSWORD"], !password.isEmpty { return password }
        let file = environment["PGPASSFILE"]
            ?? ((environment["HOME"] ?? NSHomeDirectory()) as NSString).appendingPathComponent(".pgpass")
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { return nil }
        return match(in: text, for: address)
    }

    /// The password of the first line of a .pgpass file that matches `address`.
    static func match(in text: String, for address: PostgresAddress) -> String? {
        let wanted = [address.host, String(address.port), address.database, address.user]
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = split(line)
            guard fields.count == 5 else { continue }
            let hostMatches = fields[0] == "*" || fields[0] == wanted[0]
                || (fields[0] == "localhost" && ["127.0.0.1", "::1"].contains(wanted[0]))
            if hostMatches, zip(fields[1...3], wanted[1...3]).allSatisfy({ $0 == "*" || $0 == $1 }) {
                return fields[4]
            }
        }
        return nil
    }

    /// Splits a line at unescaped colons, unescaping `\:` and `\\`.
    private static func split(_ line: Substring) -> [String] {
        var fields: [String] = [], field = "", escaped = false
        for character in line {
            if escaped { field.append(character); escaped = false }
            else if character == "\\" { escaped = true }
            else if character == ":" { fields.append(field); field = "" }
            else { field.append(character) }
        }
        fields.append(field)
        return fields
    }
}
