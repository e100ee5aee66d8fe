import ArgumentParser
import LadderKit

/// The two times every read takes, and the output format.
struct ReadOptions: ParsableArguments {
    @OptionGroup var times: TimeOptions

    @Option(help: ArgumentHelp(OptionHelp.format, kind: .format)) var format: OutputFormat = .table

    var day: Day { times.day }
    var moment: Moment { times.moment }
}
