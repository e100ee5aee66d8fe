import ArgumentParser
import LadderKit

/// The two times of a read, without an output format: for commands that write files (`export`).
/// Same options, help and defaults as `ReadOptions`.
struct DayOptions: ParsableArguments {
    @Option(name: .customLong("as-of"), help: ArgumentHelp("The day the answer is for.", discussion: "Default: today in China.",
                                                           valueName: "day"), transform: Parse.day)
    var asOf: Day?

    @Option(name: .customLong("known-at"), help: ArgumentHelp(
        "Use only events recorded by then, to reproduce an earlier answer.",
        discussion: "A day means the end of that day in China; a time without zone is China time. Default: now.",
        valueName: "time"), transform: Parse.moment)
    var knownAt: Moment?

    var day: Day { asOf ?? Clock.today() }
    var moment: Moment { knownAt ?? Clock.now() }
}
