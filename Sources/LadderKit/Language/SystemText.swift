/// The registry as a file: what `init`, `verify`, `backup`, `restore` and `serve` say, the write
/// lock's refusals and the file problems the registry meets, in the reader's language.
public enum SystemText: String, CatalogueArea {
    case busyLadder, busyOther, busyEnd, holderPid, holderOperator, holderSince
    case newerSchema, notARegistry, fileExists, restoreRefused, fileProblem, notOnServer
    case noSuchFile, noLadderTables, sqliteCannotRead, registryIsFolder, notSQLite, restoreItself, backupItself
    case outputIsFolder, folderMissing, folderNotWritable
    case counts, created, ready, verified, verifyProblems, backedUp, restored, restoredKept, listening

    public static let area = "system"

    public var entry: CatalogueEntry {
        switch self {
        case .busyLadder:
            CatalogueEntry(zh: "另一个 ladder 进程正在写入登记库（{holder}）", en: "another ladder process holds the registry's write lock ({holder})")
        case .busyOther:
            CatalogueEntry(zh: "另一个程序正在写入登记库（不是 ladder 命令，未留下名称）",
                           en: "another process holds the registry's write lock (not a ladder command: it recorded no name)")
        case .busyEnd: CatalogueEntry(zh: "；请等它完成后再试，或延长等待时间", en: "; try again when it finishes, or wait longer")
        case .holderPid: CatalogueEntry(zh: "进程号 {pid}", en: "pid {pid}")
        case .holderOperator: CatalogueEntry(zh: "操作人 {operator}", en: "operator {operator}")
        case .holderSince: CatalogueEntry(zh: "自 {time} 起", en: "since {time}")
        case .newerSchema:
            CatalogueEntry(zh: "{path} 由更新版本的 ladder 生成（数据库结构 {found}，本版本最高支持 {known}）；请升级 ladder",
                           en: "{path} was made by a newer ladder (schema {found}, this ladder knows up to {known}); upgrade ladder")
        case .notARegistry:
            CatalogueEntry(zh: "{path} 不是 ladder 登记库（{reason}）；请给出登记库文件或其备份",
                           en: "{path} is not a ladder registry ({reason}); give a registry file, or a backup of one")
        case .fileExists:
            CatalogueEntry(zh: "{path} 已存在；请换一个路径，或指明覆盖", en: "{path} already exists; give another path, or say to replace it")
        case .restoreRefused:
            CatalogueEntry(zh: "{path} 未通过核验，发现 {count} 个问题，未恢复：{problems}",
                           en: "{path} fails verification with {count} problem(s), so it was not restored: {problems}")
        case .notOnServer:
            CatalogueEntry(zh: "这项操作（{operation}）暂不支持 PostgreSQL 登记库 {address}；请先用 ladder copy 复制到 SQLite 文件后再操作",
                           en: "this ({operation}) does not run on the PostgreSQL registry {address} yet; "
                               + "copy it to a SQLite file with ladder copy first")
        case .fileProblem:
            CatalogueEntry(zh: "无法写入 {path}：{detail}；请确认文件夹存在且可写",
                           en: "cannot write {path}: {detail}; check the directory exists and is writable")
        case .noSuchFile: CatalogueEntry(zh: "文件不存在", en: "no such file")
        case .noLadderTables: CatalogueEntry(zh: "其中没有 ladder 的数据表", en: "it has no ladder tables")
        case .sqliteCannotRead: CatalogueEntry(zh: "SQLite 无法读取：{detail}", en: "SQLite cannot read it: {detail}")
        case .registryIsFolder:
            CatalogueEntry(zh: "这是一个文件夹；请给出其中的登记库文件，例如 {example}",
                           en: "it is a folder; give the registry file in it, e.g. {example}")
        case .notSQLite: CatalogueEntry(zh: "不是 SQLite 数据库", en: "it is not an SQLite database")
        case .restoreItself: CatalogueEntry(zh: "要恢复的备份就是登记库本身", en: "the backup to restore is the registry itself")
        case .backupItself: CatalogueEntry(zh: "这就是登记库本身", en: "that is the registry itself")
        case .outputIsFolder: CatalogueEntry(zh: "这是一个文件夹；请给出其中的文件名", en: "it is a folder; give a file name in it")
        case .folderMissing: CatalogueEntry(zh: "文件夹 {folder} 不存在", en: "the folder {folder} does not exist")
        case .folderNotWritable: CatalogueEntry(zh: "当前用户无权在 {folder} 中写入", en: "this user may not write in {folder}")
        case .counts: CatalogueEntry(zh: "企业 {enterprises} 家，事件 {events} 条", en: "{enterprises} enterprises, {events} events")
        case .created: CatalogueEntry(zh: "已新建登记库 {path}", en: "created registry {path}")
        case .ready: CatalogueEntry(zh: "登记库 {path} 可以使用（数据库结构已是最新）", en: "registry {path} is ready (schema up to date)")
        case .verified: CatalogueEntry(zh: "登记库核验通过：{counts}，没有问题", en: "registry verified: {counts}, 0 problems")
        case .verifyProblems: CatalogueEntry(zh: "{path} 有 {count} 个问题（{counts}）", en: "{path} has {count} problem(s) ({counts})")
        case .backedUp: CatalogueEntry(zh: "已将 {path} 备份到 {destination}：{counts}", en: "backed up {path} to {destination}: {counts}")
        case .restored: CatalogueEntry(zh: "已从 {source} 恢复 {path}：{counts}", en: "restored {path} from {source}: {counts}")
        case .restoredKept: CatalogueEntry(zh: "；恢复前的登记库保留为 {kept}", en: "; the registry as it was is kept as {kept}")
        case .listening: CatalogueEntry(zh: "正在 {url} 上提供服务", en: "listening on {url}")
        }
    }
}
