/// The help of the commands that keep the system of record: init, verify, backup, restore and log.
public enum SystemHelp: String, CatalogueArea {
    case initAbstract, verifyAbstract, verifyDiscussion
    case backupAbstract, backupDiscussion, backupDestination, backupForce
    case restoreAbstract, restoreDiscussion, restoreSource
    case copyAbstract, copyDiscussion, copySource, copyTarget
    case logAbstract, logDiscussion, logOperator, logSince, logRegion, logRegionMore, logAsOf

    public static let area = "help.system"

    public var entry: CatalogueEntry {
        switch self {
        case .initAbstract:
            CatalogueEntry(zh: "创建登记库文件（或将已有的登记库升级到当前结构）。",
                           en: "Create a registry file (or bring an existing one to the current schema).")
        case .verifyAbstract:
            CatalogueEntry(zh: "检查登记库是否损坏、是否有绕过 ladder 写入的数据。",
                           en: "Check the registry for damage and for data written around ladder.")
        case .verifyDiscussion:
            CatalogueEntry(zh: "检查文件完整性、外键、只追加触发器和索引，每条作废和取消资格记录所指的对象，有无证书编号或入库登记编号"
                               + "由两家企业持有，以及已保存的年度数据和认定政策能否读出。每个问题单独一行；有任何问题时退出状态为 1。"
                               + "只读一个快照：其他进程可同时继续写入。",
                           en: "Checks the file's integrity, foreign keys, the append-only triggers and the indexes, every void's "
                               + "and revocation's target, that no certificate or 入库 number is held by two firms, and that stored "
                               + "facts and policies still read. Prints each problem on its own line and exits 1 when there is any. "
                               + "Reads one snapshot: other processes may keep writing meanwhile.")
        case .backupAbstract:
            CatalogueEntry(zh: "将登记库一致地复制到一个文件，其他人可同时继续工作。",
                           en: "Copy the registry to a file, consistently, while others keep working.")
        case .backupDiscussion:
            CatalogueEntry(zh: "使用 SQLite 在线备份，取自同一快照：其他进程可同时写入，副本包含备份开始前已提交的全部事务，不含之后的。"
                               + "副本是一个独立的文件（权限 0660）。用 `ladder restore` 恢复。",
                           en: "Uses SQLite's online backup from one snapshot: other processes may write meanwhile, and the copy "
                               + "holds every transaction committed before it began and none after. The copy is one self-contained "
                               + "file (mode 0660). Put it back with `ladder restore PATH`.")
        case .backupDestination: CatalogueEntry(zh: "副本写到哪里。", en: "Where to write the copy.")
        case .backupForce: CatalogueEntry(zh: "目标位置已有文件时将其替换。", en: "Replace an existing file at the destination.")
        case .restoreAbstract:
            CatalogueEntry(zh: "用一份通过 `ladder verify` 检查的备份替换登记库。",
                           en: "Replace the registry with a backup that passes `ladder verify`.")
        case .restoreDiscussion:
            CatalogueEntry(zh: "备份必须是本版本 ladder 能读取的登记库，并通过 verify 检查。原登记库保留在旁边，名为 "
                               + "原文件名.before-restore-时间.sqlite。另一进程持有登记库写锁超过 $LADDER_BUSY_TIMEOUT 秒"
                               + "（默认 10 秒）时，不予恢复。",
                           en: "The backup must be a ladder registry this ladder can read and must pass verify. The registry as it "
                               + "was is kept beside it as NAME.before-restore-<time>.sqlite. Refused while another process holds "
                               + "the registry's write lock for longer than $LADDER_BUSY_TIMEOUT seconds (default 10).")
        case .restoreSource: CatalogueEntry(zh: "用 `ladder backup` 制作的备份。", en: "A backup made by `ladder backup`.")
        case .copyAbstract:
            CatalogueEntry(zh: "将整个登记库在 SQLite 文件与 PostgreSQL 数据库之间复制（两个方向均可）。",
                           en: "Copy a whole registry between a SQLite file and a PostgreSQL database (either way).")
        case .copyDiscussion:
            CatalogueEntry(zh: "复制全部历史、导入批次、年度数据、更正、认定政策、目标和账号。来源取自同一快照；目标必须是空登记库"
                               + "（不存在的 SQLite 文件或空的 PostgreSQL 数据库会被建立），在一个事务中写入：中途停止时目标仍为空。"
                               + "缓存不复制，由目标重建。PostgreSQL 地址写成 postgres://用户@主机:端口/数据库，密码来自 $PGPASSWORD 或 ~/.pgpass；"
                               + "服务器在另一台机器上时在地址后加 `?sslmode=verify-full&sslrootcert=证书文件`，加密连接并核对服务器证书（见 docs/postgres.md）。",
                           en: "Copies all history, import batches, facts, corrections, policies, targets and accounts. The source is "
                               + "read from one snapshot; the target must hold no records (a missing SQLite file or an empty "
                               + "PostgreSQL database is set up) and is written in one transaction: stopped halfway, it stays empty. "
                               + "Caches are rebuilt by the target, not copied. Write a PostgreSQL address as "
                               + "postgres://USER@HOST:PORT/DATABASE; the password comes from PGPASSWORD or ~/.pgpass. For a "
                               + "server on another machine add `?sslmode=verify-full&sslrootcert=CA-FILE`: the connection is "
                               + "encrypted and the server's certificate checked (docs/postgres.md).")
        case .copySource:
            CatalogueEntry(zh: "来源登记库：SQLite 文件路径或 postgres:// 地址。", en: "The registry to copy: a SQLite file's path or a postgres:// address.")
        case .copyTarget:
            CatalogueEntry(zh: "目标登记库：SQLite 文件路径或 postgres:// 地址，必须为空。",
                           en: "Where to copy it: a SQLite file's path or a postgres:// address, holding no records.")
        case .logAbstract:
            CatalogueEntry(zh: "操作记录：谁在何时、通过哪个导入批次或命令记录了什么（按时间先后）。",
                           en: "Who recorded what, when, from which import batch or command (oldest first).")
        case .logDiscussion:
            CatalogueEntry(zh: "列出导入、企业登记、事件、年度数据各版本、认定政策导入和批次作废。",
                           en: "Lists imports, registrations, events, facts versions, policy imports and batch voids.")
        case .logOperator: CatalogueEntry(zh: "只列此操作人的记录。", en: "Only this operator's records.")
        case .logSince: CatalogueEntry(zh: "只列此日（中国时间）起的记录。", en: "Only records from this day on (China time).")
        case .logRegion:
            CatalogueEntry(zh: "只列关于此地区企业（按 --as-of 当日所在地）的记录，或此地区账号所做的记录。",
                           en: "Only records about firms in this region (on the --as-of day) or made by its accounts.")
        case .logRegionMore:
            CatalogueEntry(zh: "设区市、县区、ganjiang 或全省，写法同 `ladder stats --region`；账号的地区包括其下属地区。",
                           en: "A 设区市, a 县区, ganjiang or the province, as for `ladder stats --region`; an account's region includes "
                               + "the regions within it.")
        case .logAsOf:
            CatalogueEntry(zh: "--region 按哪一天的企业所在地判断（默认：今天）。",
                           en: "The day whose place of each firm --region goes by (default: today).")
        }
    }
}
