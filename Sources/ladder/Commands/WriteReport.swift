import LadderKit

/// How a write command reports what it did, in the reader's language.
enum WriteReport {
    static func print(_ outcome: WriteOutcome) {
        switch outcome {
        case let .recorded(event):
            Console.out(WriteText.recorded.text(["id": event.id, "kind": event.kind.name(), "detail": detail(event.detail),
                                                 "effective": ProseFormat.day(event.effective)]))
        case let .unchanged(event):
            Console.out(WriteText.alreadyRecorded.text(["id": event.id, "kind": event.kind.name(),
                                                        "effective": ProseFormat.day(event.effective)]))
        }
    }

    static func detail(_ detail: EventDetail) -> String { EventDescription.prose(detail) }
}
