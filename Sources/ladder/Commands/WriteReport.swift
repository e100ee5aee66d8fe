import LadderKit

/// How a write command reports what it did.
enum WriteReport {
    static func print(_ outcome: WriteOutcome) {
        switch outcome {
        case let .recorded(event):
            Console.out("recorded event #\(event.id): \(event.kind.rawValue) \(EventDescription.detail(event.detail)), "
                + "effective \(event.effective.iso)")
        case let .unchanged(event):
            Console.out("already recorded as event #\(event.id) (\(event.kind.rawValue), effective "
                + "\(event.effective.iso)); nothing written")
        }
    }
}
