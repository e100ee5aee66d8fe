/// One-line descriptions of events for tables and JSON.
public enum EventDescription {
    public static func detail(_ detail: EventDetail) -> String {
        switch detail {
        case let .admit(number): return "科小 \(number.text) (\(number.year))"
        case let .certify(number): return "高企 \(number.text)"
        case let .select(category, year): return "\(category.tier.rawValue) \(year) \(category.rawValue) \(category.chineseName)"
        case let .revoke(target, ground, reason): return "ends #\(target) (\(ground.rawValue)): \(reason)"
        case let .rename(name): return "→ \(name)"
        case let .relocate(to): return "→ \(to.label)"
        case let .void(target, reason): return "voids #\(target): \(reason)"
        }
    }

    /// The event's detail as a write reports it (the CLI's line, the API's message): the numbers,
    /// names and places as recorded; the words around them (the list, the ground of a revocation)
    /// in the reader's language.
    public static func prose(_ detail: EventDetail) -> String {
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

    /// `batch 3` or the recorded command line.
    public static func source(_ provenance: Provenance) -> String {
        if let batch = provenance.batchID { return "batch \(batch)" }
        return provenance.command ?? ""
    }

    /// `batch 3` (导入批次 3) or `ladder certify`: the source, short enough for a table column, in the
    /// reader's language.
    public static func shortSource(_ provenance: Provenance) -> String {
        if let batch = provenance.batchID { return ShowText.batch.text(["id": batch]) }
        return (provenance.command ?? "").split(separator: " ").prefix(2).joined(separator: " ")
    }
}
