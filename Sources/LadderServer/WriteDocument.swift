import LadderKit

/// What an event write did, as the API answers it: the event and the line `ladder` prints for it.
/// A write that found its fact already recorded answers `recorded: false` and the CLI's sentence;
/// the event is named when there is one (a repeated certificate, a void already made), absent when
/// the fact is the firm's standing itself (the same name or place on that day).
struct WriteDocument: Encodable {
    var recorded: Bool
    var eventID: Int64?
    var kind: String?
    var effective: String?
    var message: String

    init(_ outcome: WriteOutcome) {
        let event = outcome.event
        recorded = outcome.isRecorded
        eventID = event.id
        kind = event.kind.rawValue
        effective = event.effective.iso
        // The same words as the CLI's WriteReport, in the reader's language (the request's).
        message = recorded
            ? WriteText.recorded.text(["id": event.id, "kind": event.kind.name(), "detail": EventDescription.prose(event.detail),
                                       "effective": ProseFormat.day(event.effective)])
            : WriteText.alreadyRecorded.text(["id": event.id, "kind": event.kind.name(), "effective": ProseFormat.day(event.effective)])
    }

    /// A void just recorded, in `ladder void`'s words.
    init(void event: Event, of target: Int64) {
        recorded = true
        eventID = event.id
        kind = event.kind.rawValue
        effective = event.effective.iso
        message = WriteText.voidedEvent.text(["id": event.id, "target": target])
    }

    init(alreadyRecorded error: RegistryError) {
        recorded = false
        message = error.description
        if case let .alreadyVoided(_, voidID) = error {
            eventID = voidID
            kind = EventKind.void.rawValue
        }
    }

    enum CodingKeys: String, CodingKey {
        case recorded, kind, effective, message
        case eventID = "event_id"
    }
}
