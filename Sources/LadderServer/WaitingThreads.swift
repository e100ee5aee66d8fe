import Foundation

/// Threads of `ladder serve`'s own, on which the requests to a registry on a database server run.
/// LadderKit's reads are synchronous: on PostgreSQL each one blocks its thread while it waits for
/// the server. On Swift's cooperative pool (two threads on two cores) two slow reads would stall
/// every other request; these threads may block, and there are enough of them to keep the
/// server busy while some wait.
final class WaitingThreads: TaskExecutor, @unchecked Sendable {
    /// Sixteen: PostgreSQL's 100 connections by default leave room for several `ladder serve`
    /// and the CLI, and a request rarely waits long enough for more to help.
    static let shared = WaitingThreads(count: 16)

    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []
    /// Jobs before this index have run; the array is compacted once it is mostly done jobs.
    private var next = 0

    init(count: Int) {
        for index in 0..<count {
            let thread = Thread { [unowned self] in self.work() }
            thread.name = "ladder.serve.waiting.\(index)"
            thread.start()
        }
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    private func work() {
        let executor = asUnownedTaskExecutor()
        while true {
            condition.lock()
            while next == jobs.count { condition.wait() }
            let job = jobs[next]
            next += 1
            if next == jobs.count {
                jobs.removeAll(keepingCapacity: true)
                next = 0
            }
            condition.unlock()
            job.runSynchronously(on: executor)
        }
    }
}
