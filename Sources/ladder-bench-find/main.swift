// Runs `find` and `show`'s library reads as `ladder serve` answers them, warm, in one process:
//   ladder-bench-find DB TEXT CODE [RUNS] [REGION]
// Each read runs once to warm the statement cache and the type metadata, then RUNS times (default
// 20) inside `measuredFind`/`measuredShow`, which `valgrind --tool=callgrind --toggle-collect=…`
// counts alone (scripts/bench-find-callgrind.sh). Prints the CPU time per read. Not part of ladder.
import Foundation
import LadderKit

let arguments = CommandLine.arguments
guard arguments.count >= 4 else {
    print("usage: ladder-bench-find DB TEXT CODE [RUNS] [REGION]")
    exit(64)
}
let registry = try Registry.open(path: arguments[1])
let text = arguments[2], code = arguments[3]
let runs = arguments.count > 4 ? Int(arguments[4]) ?? 20 : 20
let region = arguments.count > 5 ? try Region(parsing: arguments[5]) : nil
// A fixed day and moment: every run reads the same answer.
let day = Day(year: 2026, month: 12, day: 1)!
let moment = Moment(microseconds: 1_796_000_000_000_000)

func cpuSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}

/// One search rendered as the API's JSON; answers its length so nothing is optimised away.
func findOnce() throws -> Int {
    try registry.find(text, asOf: day, knownAt: moment, limit: Registry.findDefaultLimit, region: region)
        .tabular.render(.json).utf8.count
}

/// One firm's profile encoded as the API's JSON (`ProfileDocument`).
func showOnce() throws -> Int {
    try JSONEncoder().encode(ProfileDocument(registry.profile(of: code, asOf: day, knownAt: moment))).count
}

@inline(never) @_silgen_name("measuredFind")
func measuredFind() throws -> Int {
    var total = 0
    for _ in 0..<runs { total += try findOnce() }
    return total
}

@inline(never) @_silgen_name("measuredShow")
func measuredShow() throws -> Int {
    var total = 0
    for _ in 0..<runs { total += try showOnce() }
    return total
}

_ = try findOnce()
_ = try showOnce()
var start = cpuSeconds()
let found = try measuredFind()
let findMs = (cpuSeconds() - start) * 1000 / Double(runs)
start = cpuSeconds()
let shown = try measuredShow()
let showMs = (cpuSeconds() - start) * 1000 / Double(runs)
print(String(format: "find %@: %.2f ms CPU per read (%d bytes); show: %.2f ms CPU per read (%d)", text, findMs,
             found / runs, showMs, shown / runs))
