import LadderKit

/// What a write did, as the API answers it: the event and the line `ladder` prints for it.
struct WriteDocument: Encodable {
    var recorded: Bool
    var eventID: Int64
    var kind: String
    var effective: String
    var message: String

    init(_ outcome: WriteOutcome) {
        let event = outcome.event
        recorded = outcome.isRecorded
        eventID = event.id
        kind = event.kind.rawValue
        effective = event.effective.iso
        // The same words as the CLI's WriteReport.
        message = recorded
            ? "recorded event #\(event.id): \(event.kind.rawValue) \(EventDescription.detail(event.detail)), effective \(event.effective.iso)"
            : "already recorded as event #\(event.id) (\(event.kind.rawValue), effective \(event.effective.iso)); nothing written"
    }

    enum CodingKeys: String, CodingKey {
        case recorded, kind, effective, message
        case eventID = "event_id"
    }
}
