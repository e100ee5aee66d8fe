import Dispatch
import Foundation
@testable import LadderServer
import Testing

/// Blocking work handed to `Offload` leaves the cooperative threads free: with more blocked writes
/// than there are cores, a plain task still runs — it is the one that unblocks them. Were the work
/// run on the cooperative threads, this would never finish.
@Suite struct OffloadTests {
    @Test(.timeLimit(.minutes(1))) func blockedWorkLeavesTheCooperativeThreadsFree() async throws {
        let gate = DispatchSemaphore(value: 0)
        let blocked = 4 * ProcessInfo.processInfo.activeProcessorCount
        try await withThrowingTaskGroup(of: Int.self) { group in
            for index in 0..<blocked {
                group.addTask { try await Offload.run { gate.wait(); return index } }
            }
            group.addTask {
                // Runs on a cooperative thread while every offloaded job waits.
                for _ in 0..<blocked { gate.signal() }
                return -1
            }
            var finished: [Int] = []
            for try await index in group { finished.append(index) }
            #expect(finished.sorted() == [-1] + Array(0..<blocked))
        }
    }

    @Test func errorsComeBackToTheCaller() async {
        await #expect(throws: APIError.self) {
            _ = try await Offload.run { () throws -> Int in throw APIError(.badRequest, "no") }
        }
    }
}
