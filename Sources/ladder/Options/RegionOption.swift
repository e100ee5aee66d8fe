import ArgumentParser
import LadderKit

/// `--region`: the one option with which every read that counts or lists firms is narrowed to a
/// city, a county, 赣江新区 or the province.
struct RegionOption: ParsableArguments {
    @Option(help: ArgumentHelp(OptionHelp.region, more: OptionHelp.regionMore, value: .region), transform: Parse.area)
    var region: Region?
}

extension Parse {
    /// A region as staff type it (see `Region(parsing:)`).
    static func area(_ text: String) throws -> Region {
        do { return try Region(parsing: text) } catch { throw ArgumentError(description: error.description) }
    }
}
