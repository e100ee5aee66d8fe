/// PostgreSQL registries: their addresses, connections and what runs on them so far.
public enum PostgresText: String, CatalogueArea {
    case passwordInAddress, notARegistry, badAddress, cannotConnect, serverRefused, sqliteFilesOnly, newerSchema, olderSchema, created, upgraded, ready
    case reasonNotAnAddress, reasonParameters, reasonNoDatabase, reasonNoUser, reasonBadPort

    public static let area = "postgres"

    public var entry: CatalogueEntry {
        switch self {
        case .passwordInAddress:
            CatalogueEntry(zh: "登记库地址 {address} 中含有密码，未使用；请从地址中去掉密码，改用环境变量 $PGPASSWORD 或 ~/.pgpass 文件",
                           en: "the registry address {address} holds a password, so it was not used; "
                               + "leave the password out and set PGPASSWORD or a ~/.pgpass line instead")
        case .notARegistry:
            CatalogueEntry(zh: "{address} 不是 ladder 登记库（没有 ladder_migration 表）；请先运行 ladder init --db {address}，或给出另一个数据库",
                           en: "{address} is not a ladder registry (it has no ladder_migration table); "
                               + "run ladder init --db {address} first, or give another database")
        case .badAddress:
            CatalogueEntry(zh: "登记库地址 {address} 无法识别（{reason}）；应写成 postgres://用户@主机:端口/数据库",
                           en: "the registry address {address} cannot be read ({reason}); "
                               + "write it as postgres://USER@HOST:PORT/DATABASE")
        case .cannotConnect:
            CatalogueEntry(zh: "无法连接 PostgreSQL 登记库 {address}：{detail}；请检查服务器是否运行、地址和端口是否正确、密码（$PGPASSWORD 或 ~/.pgpass）是否设置",
                           en: "cannot connect to the PostgreSQL registry {address}: {detail}; check that the server runs, "
                               + "the host and port, and the password (PGPASSWORD or ~/.pgpass)")
        case .serverRefused:
            CatalogueEntry(zh: "PostgreSQL 登记库 {address} 拒绝了操作：{detail}",
                           en: "the PostgreSQL registry {address} refused: {detail}")
        case .sqliteFilesOnly:
            CatalogueEntry(zh: "`ladder {command}` 只用于 SQLite 文件登记库：PostgreSQL 登记库由数据库服务器用 pg_dump 和 "
                               + "pg_restore 备份、恢复（见 docs/postgres.md 的 Backups 一节），或先用 ladder copy 复制到 SQLite 文件",
                           en: "`ladder {command}` works on SQLite registry files only: back up and restore a PostgreSQL "
                               + "registry on its server with pg_dump and pg_restore (docs/postgres.md, Backups), or copy it "
                               + "to a SQLite file with ladder copy first")
        case .newerSchema:
            CatalogueEntry(zh: "{address} 由更新版本的 ladder 生成（数据库结构 {found}）；请升级 ladder",
                           en: "{address} was made by a newer ladder (schema {found}); upgrade ladder")
        case .olderSchema:
            CatalogueEntry(zh: "{address} 的数据库结构比这个 ladder 旧（缺少 {missing}）；请先运行 ladder init --db {address} 升级",
                           en: "{address} has an older schema than this ladder (it lacks {missing}); "
                               + "run ladder init --db {address} to bring it up to date first")
        case .created: CatalogueEntry(zh: "已在 {address} 建立登记库", en: "created the registry at {address}")
        case .reasonNotAnAddress: CatalogueEntry(zh: "不是 postgres:// 地址", en: "not a postgres:// address")
        case .reasonParameters:
            CatalogueEntry(zh: "ladder 不读取 ? 之后的参数，请去掉", en: "ladder reads no parameters after '?': leave them out")
        case .reasonNoDatabase: CatalogueEntry(zh: "缺少数据库名", en: "it names no database")
        case .reasonNoUser: CatalogueEntry(zh: "缺少用户名", en: "it names no user")
        case .reasonBadPort: CatalogueEntry(zh: "端口应在 1 到 65535 之间", en: "the port must be between 1 and 65535")
        case .upgraded:
            CatalogueEntry(zh: "已把 {address} 的登记库升级到最新结构（应用了 {applied}），原有记录都保留",
                           en: "upgraded the registry at {address} to the current schema (applied {applied}); its records are kept")
        case .ready: CatalogueEntry(zh: "{address} 的登记库已是最新结构", en: "the registry at {address} is up to date")
        }
    }
}
