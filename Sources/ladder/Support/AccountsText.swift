import LadderKit

/// The accounts and tokens as plain tables for `ladder accounts list` and `accounts token --list`.
enum AccountsText {
    static func render(_ accounts: [Account]) -> String {
        guard !accounts.isEmpty else { return AccountText.noAccounts.text() }
        let rows = accounts.map { account in
            [account.name, account.role.said, account.region.code, account.region.name, BeijingTime.stamp(account.createdAt),
             account.disabledAt.map { AccountText.disabledSince.text(["time": BeijingTime.stamp($0)]) } ?? AccountText.active.text()]
        }
        let header: [AccountText] = [.columnName, .columnRole, .columnRegion, .columnRegionName, .columnSince, .columnStatus]
        return table(header.map { $0.text() }, rows)
    }

    static func render(_ tokens: [AccountToken]) -> String {
        guard let first = tokens.first else { return AccountText.noTokens.text() }
        let rows = tokens.map { token in
            [String(token.id), BeijingTime.stamp(token.createdAt), token.revokedAt.map { AccountText.revokedSince.text(["time": BeijingTime.stamp($0)]) } ?? AccountText.active.text()]
        }
        let header: [AccountText] = [.columnID, .columnMade, .columnStatus]
        return AccountText.tokensOf.text(["name": first.accountName]) + "\n" + table(header.map { $0.text() }, rows)
    }

    /// Columns padded to their widest cell, counting a Chinese character as two columns.
    private static func table(_ header: [String], _ rows: [[String]]) -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { width($0[column]) }.max() ?? 0 }
        return all.map { row in
            row.indices.map { column in
                column == row.count - 1 ? row[column] : row[column] + String(repeating: " ", count: widths[column] - width(row[column]))
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }

    private static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? 2 : 1) }
    }
}
