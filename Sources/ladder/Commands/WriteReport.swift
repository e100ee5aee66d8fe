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

    /// The event's detail: the numbers, names and places as recorded; the words around them (the
    /// list, the ground of a revocation) in the reader's language.
    static func detail(_ detail: EventDetail) -> String {
        let zh = Language.current == .zh
        switch detail {
        case let .select(category, year) where zh:
            return ShowText.listDetail.text(["tier": category.tier.heading(), "year": year, "category": category.chineseName])
        case let .revoke(target, ground, reason) where zh:
            return ShowText.revokeDetail.text(["target": target, "ground": ground.chineseName, "reason": reason])
        case let .void(target, reason) where zh:
            return ShowText.voidDetail.text(["target": target, "reason": reason])
        default:
            return EventDescription.detail(detail)
        }
    }
}
