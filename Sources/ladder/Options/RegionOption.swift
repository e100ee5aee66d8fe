import ArgumentParser
import LadderKit

/// `--region`: the one option with which every read that counts or lists firms is narrowed to a
/// city, a county, 赣江新区 or the province.
struct RegionOption: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Only firms in this region on the day: a 设区市, a 县区, ganjiang or the province.",
        discussion: "3607, 360700, 赣州 or 赣州市; 360702, 章贡区 or 章贡; ganjiang or 赣江新区; 360000, 江西省 or 江西. "
            + "Firms placed in 赣江新区 count there, not in 南昌, 九江 or their county. Default: every firm.",
        valueName: "region"), transform: Parse.area)
    var region: Region?
}

extension Parse {
    /// A region as staff type it (see `Region(parsing:)`).
    static func area(_ text: String) throws -> Region {
        do { return try Region(parsing: text) } catch { throw ArgumentError(description: error.description) }
    }
}
