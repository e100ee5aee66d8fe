import ArgumentParser
import LadderKit

/// The two times every read takes: the day the answer is for, and the moment of knowledge.
struct TimeOptions: ParsableArguments {
    @Option(name: .customLong("as-of"), help: ArgumentHelp(OptionHelp.asOf, more: OptionHelp.asOfMore, value: .day),
            transform: Parse.day)
    var asOf: Day?

    @Option(name: .customLong("known-at"), help: ArgumentHelp(OptionHelp.knownAt, more: OptionHelp.knownAtMore, value: .time),
            transform: Parse.moment)
    var knownAt: Moment?

    var day: Day { asOf ?? Clock.today() }
    var moment: Moment { knownAt ?? Clock.now() }
}
