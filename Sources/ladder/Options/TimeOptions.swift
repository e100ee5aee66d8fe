import ArgumentParser
import LadderKit

/// The two times every read takes: the day the answer is for, and the moment of knowledge.
struct TimeOptions: ParsableArguments {
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
