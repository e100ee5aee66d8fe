import ArgumentParser
import LadderKit

/// `--tier T`, required, for the commands that once named it `--for` (check, candidates): the
/// old name still works, hidden from help, so scripts written for it keep running.
struct TierOption: ParsableArguments {
    @Option(name: .customLong("tier"), help: ArgumentHelp(OptionHelp.tier, kind: .tier)) var named: Tier?
    @Option(name: .customLong("for"), help: .hidden) var legacy: Tier?

    var tier: Tier { named ?? legacy! }

    func validate() throws {
        if named == nil && legacy == nil { throw ValidationError(ValidationText.tierMissing.text()) }
        if let named, let legacy, named != legacy {
            throw ValidationError(ValidationText.tierDisagrees.text(["named": named.rawValue, "legacy": legacy.rawValue]))
        }
    }
}
