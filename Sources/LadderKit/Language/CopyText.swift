/// `ladder copy`: moving a whole registry between SQLite and PostgreSQL.
public enum CopyText: String, CatalogueArea {
    case targetNotEmpty, tablesDiffer, unknownColumnType, noIntegerKey, valueDoesNotFit, sameRegistry, copied

    public static let area = "copy"

    public var entry: CatalogueEntry {
        switch self {
        case .targetNotEmpty:
            CatalogueEntry(zh: "{target} 已有记录（{table} 表 {rows} 行），未复制；复制只写入空登记库，请换一个新的目标",
                           en: "{target} already holds records ({rows} row(s) in {table}), so nothing was copied; "
                               + "a copy fills an empty registry only: give a new target")
        case .tablesDiffer:
            CatalogueEntry(zh: "{source} 与 {target} 的 {table} 表结构不同（由不同版本的 ladder 生成），未复制；请先用同一版本的 ladder 打开两者",
                           en: "{source} and {target} differ in table {table} (made by different ladder versions), "
                               + "so nothing was copied; open both with this ladder first")
        case .unknownColumnType:
            CatalogueEntry(zh: "{table} 表的 {column} 列类型为 {type}，ladder 无法复制；该登记库可能被手工改过，请先运行 ladder verify",
                           en: "column {column} of table {table} has type {type}, which ladder cannot copy; "
                               + "the registry may have been edited by hand: run ladder verify")
        case .noIntegerKey:
            CatalogueEntry(zh: "{table} 表没有整数主键，ladder 无法复制；该登记库可能被手工改过，请先运行 ladder verify",
                           en: "table {table} has no integer key, so ladder cannot copy it; "
                               + "the registry may have been edited by hand: run ladder verify")
        case .valueDoesNotFit:
            CatalogueEntry(zh: "{table} 表第 {key} 行的 {column} 列的值与该列类型不符，未复制；请先运行 ladder verify",
                           en: "row {key} of table {table} holds a value column {column} cannot hold, "
                               + "so nothing was copied; run ladder verify")
        case .sameRegistry:
            CatalogueEntry(zh: "来源与目标是同一个登记库（{address}）；请给出另一个目标",
                           en: "the source and the target are the same registry ({address}); give another target")
        case .copied:
            CatalogueEntry(zh: "已将 {source} 复制到 {target}：{counts}", en: "copied {source} to {target}: {counts}")
        }
    }
}
