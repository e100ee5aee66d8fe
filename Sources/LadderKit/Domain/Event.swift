/// One recorded fact of a firm's history: what happened (`detail`), from which day it takes
/// effect (valid time), and when, by whom and from what source it was recorded (transaction time).
public struct Event: Hashable, Sendable, Identifiable {
    public let id: Int64
    public let enterpriseID: Int64
    public let detail: EventDetail
    public let effective: Day
    public let provenance: Provenance

    public init(id: Int64, enterpriseID: Int64, detail: EventDetail, effective: Day, provenance: Provenance) {
        self.id = id
        self.enterpriseID = enterpriseID
        self.detail = detail
        self.effective = effective
        self.provenance = provenance
    }

    public var kind: EventKind { detail.kind }
    public var recordedAt: Moment { provenance.recordedAt }
}
