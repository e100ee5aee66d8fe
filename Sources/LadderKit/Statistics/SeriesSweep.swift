/// Counts the firms validly holding a tier on each of many days from one read of the grants:
/// each qualification becomes a run of day indices, runs of the same firm are merged (a firm is
/// counted once however many certificates it holds), and each run adds +1/−1 to a difference
/// array of its place. Only firms that moved are counted day by day.
struct SeriesSweep {
    /// Per place, the count on each day of `days`.
    private(set) var counts: [PlaceKey: [Int]] = [:]

    /// One run of consecutive day indices a firm holds the tier on.
    private struct Run {
        let firm: Int64
        let first: Int
        let last: Int
        let place: PlaceKey
    }

    init(days: [Day], records: [GrantRecord], rule: TermRule, corrections: Corrections) {
        guard !days.isEmpty else { return }
        var runs: [Run] = []
        runs.reserveCapacity(records.count)
        var ends = EndMemo(rule: rule)
        var maxFirm: Int64 = 0
        for grant in records where !corrections.isVoided(grant.grantID) {
            let last = grant.qualification(end: ends.end(of: grant), revokedOn: corrections.revokedOn(grant.grantID))
                .lastValidDay
            let first = SeriesSweep.firstIndex(in: days, onOrAfter: grant.start)
            let through = last.map { SeriesSweep.firstIndex(in: days, onOrAfter: $0.adding(days: 1)) - 1 } ?? days.count - 1
            guard first <= through else { continue }
            runs.append(Run(firm: grant.firmID, first: first, last: through, place: grant.registered))
            maxFirm = max(maxFirm, grant.firmID)
        }
        // Firms with one run (most) go straight into the difference arrays; the others are merged.
        var runsPerFirm = [UInt8](repeating: 0, count: Int(maxFirm) + 1)
        for run in runs where runsPerFirm[Int(run.firm)] < 2 { runsPerFirm[Int(run.firm)] += 1 }
        var diff: [PlaceKey: [Int]] = [:]
        var shared: [Run] = []
        for run in runs {
            if runsPerFirm[Int(run.firm)] > 1 { shared.append(run); continue }
            SeriesSweep.add(run, days: days, corrections: corrections, diff: &diff)
        }
        shared.sort { ($0.firm, $0.first) < ($1.firm, $1.first) }
        var index = 0
        while index < shared.count {
            var merged = shared[index]
            index += 1
            while index < shared.count, shared[index].firm == merged.firm, shared[index].first <= merged.last + 1 {
                merged = Run(firm: merged.firm, first: merged.first, last: max(merged.last, shared[index].last),
                             place: merged.place)
                index += 1
            }
            SeriesSweep.add(merged, days: days, corrections: corrections, diff: &diff)
        }
        for (place, delta) in diff {
            var running = 0
            counts[place] = delta.dropLast().map { running += $0; return running }
        }
    }

    private static func add(_ run: Run, days: [Day], corrections: Corrections, diff: inout [PlaceKey: [Int]]) {
        let moves = corrections.moves(of: run.firm)
        if moves.isEmpty {
            diff[run.place, default: Array(repeating: 0, count: days.count + 1)][run.first] += 1
            diff[run.place]![run.last + 1] -= 1
            return
        }
        for k in run.first...run.last {
            let place = corrections.place(of: run.firm, on: days[k], registered: run.place)
            diff[place, default: Array(repeating: 0, count: days.count + 1)][k] += 1
            diff[place]![k + 1] -= 1
        }
    }

    /// The index of the first day on or after `day` (`days.count` when none): days are ascending.
    static func firstIndex(in days: [Day], onOrAfter day: Day) -> Int {
        var low = 0, high = days.count
        while low < high {
            let mid = (low + high) / 2
            if days[mid] < day { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
