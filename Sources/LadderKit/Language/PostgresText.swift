/// PostgreSQL registries: their addresses, connections and what runs on them so far.
public enum PostgresText: String, CatalogueArea {
    case passwordInAddress, notARegistry, badAddress, cannotConnect, connectionLost, serverRefused, sqliteFilesOnly, newerSchema, olderSchema, created, upgraded, ready
    case unknownParameter, badSSLMode, systemRootsNeedVerifyFull, tlsRefused, certificateUntrusted, certificateWrongHost, rootCertificateMissing, rootCertificateUnreadable
    case reasonNotAnAddress, reasonFragment, reasonNoDatabase, reasonNoUser, reasonBadPort

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
        case .connectionLost:
            CatalogueEntry(zh: "与 PostgreSQL 登记库 {address} 的连接已断开（服务器重启，或结束了这个连接）；请重试",
                           en: "the connection to the PostgreSQL registry {address} was lost (the server restarted or ended it); "
                               + "try again")
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
        case .unknownParameter:
            CatalogueEntry(zh: "登记库地址 {address} 中的参数 {name} 无法识别；? 之后只能写 sslmode 和 sslrootcert（见 docs/postgres.md）",
                           en: "the registry address {address} has a parameter ladder does not read, '{name}'; "
                               + "only sslmode and sslrootcert may follow '?' (docs/postgres.md)")
        case .badSSLMode:
            CatalogueEntry(zh: "登记库地址 {address}：{source} 的值 '{value}' 无法识别；应为 {accepted} 之一",
                           en: "the registry address {address}: {source} is '{value}', which is not one of {accepted}")
        case .systemRootsNeedVerifyFull:
            CatalogueEntry(zh: "登记库地址 {address}：sslrootcert=system（系统信任的公共 CA）只能与 sslmode=verify-full 一起用，"
                               + "不能用 {mode}：否则任何持有公共证书的服务器都能冒充它；请改为 sslmode=verify-full",
                           en: "the registry address {address}: sslrootcert=system (the system's public CAs) goes with "
                               + "sslmode=verify-full only, not {mode}: any server with a public certificate could pose as yours; "
                               + "use sslmode=verify-full")
        case .tlsRefused:
            CatalogueEntry(zh: "PostgreSQL 服务器 {address} 不接受 TLS 加密连接，而 sslmode={mode} 要求加密；请数据库管理员在服务器上打开 ssl"
                               + "（postgresql.conf 中 ssl = on，并配好证书），或仅在可信网络上改用 sslmode=prefer",
                           en: "the PostgreSQL server {address} does not accept TLS, and sslmode={mode} requires it; ask its DBA "
                               + "to turn ssl on (ssl = on in postgresql.conf, with a certificate), or use sslmode=prefer on a trusted network only")
        case .certificateUntrusted:
            CatalogueEntry(zh: "PostgreSQL 服务器 {address} 的证书不是由 {path} 中的 CA 签发的，未连接；请确认 sslrootcert 指向"
                               + "数据库管理员给出的 CA 证书文件（服务器换过证书时向其要新的）",
                           en: "the certificate of the PostgreSQL server {address} is not signed by a CA in {path}, so ladder did "
                               + "not connect; check that sslrootcert names the CA file the server's DBA gave you (ask for the new "
                               + "one if the server's certificate was changed)")
        case .certificateWrongHost:
            CatalogueEntry(zh: "PostgreSQL 服务器 {address} 的证书上没有主机名 {host}，未连接；请在地址中写证书上的"
                               + "主机名（向数据库管理员询问），或改用只核对 CA 的 sslmode=verify-ca",
                           en: "the certificate of the PostgreSQL server {address} does not name the host {host}, so ladder did "
                               + "not connect; write the host name the certificate carries in the address "
                               + "(ask the server's DBA), or use sslmode=verify-ca, which checks the CA only")
        case .rootCertificateMissing:
            CatalogueEntry(zh: "连接 {address} 所需的根证书文件 {path} 不存在；请用 sslrootcert=路径（或环境变量 $PGSSLROOTCERT）"
                               + "指向数据库管理员给出的 CA 证书文件",
                           en: "the root certificate file {path} for {address} does not exist; name the CA file the server's DBA "
                               + "gave you with sslrootcert=PATH (or PGSSLROOTCERT)")
        case .rootCertificateUnreadable:
            CatalogueEntry(zh: "连接 {address} 所需的根证书文件 {path} 无法读作 PEM 证书；请向数据库管理员要 PEM 格式的 CA 证书文件",
                           en: "the root certificate file {path} for {address} cannot be read as PEM certificates; "
                               + "ask the server's DBA for the CA certificate in PEM form")
        case .created: CatalogueEntry(zh: "已在 {address} 建立登记库", en: "created the registry at {address}")
        case .reasonNotAnAddress: CatalogueEntry(zh: "不是 postgres:// 地址", en: "not a postgres:// address")
        case .reasonFragment: CatalogueEntry(zh: "地址中不能有 # 部分，请去掉", en: "an address has no '#' part: leave it out")
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
