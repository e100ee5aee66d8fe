// Times reading and parsing alone, as an import's reading thread does them, with nothing written:
//   ladder-bench-parse [--runs N] FILE...
//   ladder-bench-parse --dump FILE    (every row as prepared, to compare before and after a change)
// Prints, per file, its rows and the best of N runs in CPU seconds of this one thread and in
// MB/s (10^6 bytes of the file per CPU second). CPU time, not wall time, so a loaded machine
// does not skew it. Used by scripts/bench.sh; not part of ladder.
import Foundation
@_spi(Benchmark) import LadderKit

func seconds(_ clock: clockid_t) -> Double {
    var now = timespec()
    clock_gettime(clock, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}

var arguments = Array(CommandLine.arguments.dropFirst())
// The import's day only dates renames found in a roster; any fixed day reads the same rows.
let today = Day(year: 2026, month: 1, day: 1)!
if arguments.count == 2, arguments[0] == "--dump" {
    var output = StandardOutput()
    do {
        try ReadingBenchmark.dump(path: arguments[1], today: today, to: &output)
    } catch {
        print("\(arguments[1]): \(error)")
        exit(1)
    }
    exit(0)
}
var runs = 1
if arguments.first == "--runs", arguments.count >= 2, let n = Int(arguments[1]), n > 0 {
    runs = n
    arguments.removeFirst(2)
}
guard !arguments.isEmpty else {
    print("usage: ladder-bench-parse [--runs N] FILE... | --dump FILE")
    exit(64)
}
for path in arguments {
    var best: (cpu: Double, wall: Double)?
    var result: ReadingBenchmark.Result?
    for _ in 0..<runs {
        let cpu0 = seconds(CLOCK_THREAD_CPUTIME_ID), wall0 = seconds(CLOCK_MONOTONIC)
        do {
            result = try ReadingBenchmark.run(path: path, today: today)
        } catch {
            print("\(path): \(error)")
            exit(1)
        }
        let cpu = seconds(CLOCK_THREAD_CPUTIME_ID) - cpu0, wall = seconds(CLOCK_MONOTONIC) - wall0
        if best == nil || cpu < best!.cpu { best = (cpu, wall) }
    }
    guard let result, let best else { continue }
    let rate = Double(result.bytes) / 1e6 / best.cpu
    print("\(path): \(result.rows) rows (\(result.rejected) rejected), \(result.bytes) bytes, \(result.encoding); "
        + "read and parsed in \(String(format: "%.2f", best.cpu)) s CPU (\(String(format: "%.2f", best.wall)) s wall), "
        + "\(String(format: "%.1f", rate)) MB/s")
}

/// Standard output as a stream for `ReadingBenchmark.dump`.
struct StandardOutput: TextOutputStream {
    mutating func write(_ string: String) { print(string, terminator: "") }
}
