/// The table form of `ladder show`: a header block, qualifications, names, and the timeline,
/// fitting 100 columns (`wide`: the timeline as one table row per event).
public enum ProfileText {
    public static func render(_ profile: EnterpriseProfile, wide: Bool = false) -> String {
        let e = profile.enterprise
        let location = profile.location
        var out: [String] = []
        out.append("\(profile.name)  \(e.creditCode.text)")
        out += TextWrap.lines(Heading.dates(asOf: profile.asOf, knownAt: profile.knownAt, policy: profile.policy))
        out.append("")
        var facts: [(String, String)] = [
            ("position", profile.position.map { "\($0.rawValue) \($0.chineseName)" } ?? "none (no valid qualification)"),
            ("region", "\(location.label) · \(location.reportingRegion.name)"),
        ]
        if let founded = e.profile.founded { facts.append(("founded", founded.iso)) }
        if let field = e.profile.field { facts.append(("field", field)) }
        if let contact = e.profile.contact { facts.append(("contact", [contact, e.profile.phone].compactMap { $0 }.joined(separator: " "))) }
        let names = profile.names
        if names.count > 1 {
            facts.append(("names", names.map { n in n.from.map { "\(n.name) (from \($0.iso))" } ?? n.name }
                .joined(separator: " → ")))
        }
        out += facts.flatMap { key, value in
            TextWrap.lines(value, first: key.padding(toLength: 10, withPad: " ", startingAt: 0),
                           rest: String(repeating: " ", count: 10))
        }
        out.append("")
        out.append("qualifications")
        if profile.qualifications.isEmpty {
            out.append("  none recorded")
        } else {
            var table = TextTable(headers: ["tier", "number / list", "start", "end", "status", "event"])
            for (q, status) in profile.qualifications {
                let label = q.number ?? "\(q.year) \(q.category?.rawValue ?? "")"
                var statusText = status.rawValue
                if let revokedOn = q.revokedOn { statusText += " (revoked from \(revokedOn.iso))" }
                table.append([q.tier.rawValue, label, q.start.iso, q.end?.iso ?? "until next list", statusText,
                              "#\(q.grantEventID)"])
            }
            out.append(table.render())
        }
        out.append("")
        out.append("events")
        out += wide ? [eventTable(profile).render()] : profile.timeline.flatMap(eventBlock)
        if !profile.corrections.isEmpty {
            out.append("")
            out.append("corrections (of what was recorded, not moves)")
            out += profile.corrections.flatMap(correctionBlock)
        }
        return TerminalText.sanitizeLines(out.joined(separator: "\n"))
    }

    private static func eventTable(_ profile: EnterpriseProfile) -> TextTable {
        var events = TextTable(headers: ["#", "effective", "kind", "detail", "recorded (UTC)", "by", "source", "文号"])
        for (event, voidedBy) in profile.timeline {
            events.append(["\(event.id)", event.effective.iso, kindText(event, voidedBy: voidedBy), detailText(event),
                           String(event.recordedAt.iso.prefix(19)), event.provenance.operatorName,
                           EventDescription.shortSource(event.provenance), event.provenance.document ?? ""])
        }
        return events
    }

    /// `#18758  2025-03-01  rename  → 江西众城新材料有限公司 · 市场监管局变更登记`, then who recorded
    /// it, when, from where and under which 文号 on an indented line.
    private static func eventBlock(_ entry: (event: Event, voidedBy: Int64?)) -> [String] {
        let event = entry.event
        // Padded, never cut: `certify (voided by #3)` must stay whole.
        let kind = kindText(event, voidedBy: entry.voidedBy)
        let head = "#\(event.id)".padding(toLength: 8, withPad: " ", startingAt: 0) + event.effective.iso + "  "
            + kind + String(repeating: " ", count: max(0, 8 - kind.count)) + "  "
        let indent = String(repeating: " ", count: 30)
        var provenance = "recorded \(event.recordedAt.iso.prefix(19)) UTC by \(event.provenance.operatorName) · "
            + EventDescription.shortSource(event.provenance)
        if let document = event.provenance.document { provenance += " · 文号 \(document)" }
        return TextWrap.lines(detailText(event), first: head, rest: indent)
            + TextWrap.lines(provenance, first: indent, rest: indent)
    }

    /// `c3      from start  corrected  place → 360702 章贡区 from the start · 导入时地区填错`, then
    /// who recorded it, as for events.
    private static func correctionBlock(_ correction: Correction) -> [String] {
        let head = "c\(correction.id)".padding(toLength: 8, withPad: " ", startingAt: 0)
            + (correction.effective?.iso ?? "from start") + "  corrected  "
        let indent = String(repeating: " ", count: 31)
        var detail = correction.summary + " · " + correction.reason
        if let note = correction.provenance.note { detail += " · \(note)" }
        var provenance = "recorded \(correction.provenance.recordedAt.iso.prefix(19)) UTC by "
            + "\(correction.provenance.operatorName) · " + EventDescription.shortSource(correction.provenance)
        if let document = correction.provenance.document { provenance += " · 文号 \(document)" }
        return TextWrap.lines(detail, first: head, rest: indent) + TextWrap.lines(provenance, first: indent, rest: indent)
    }

    private static func kindText(_ event: Event, voidedBy: Int64?) -> String {
        event.kind.rawValue + (voidedBy.map { " (voided by #\($0))" } ?? "")
    }

    private static func detailText(_ event: Event) -> String {
        var detail = EventDescription.detail(event.detail)
        if let note = event.provenance.note { detail += " · \(note)" }
        if let override = event.provenance.override { detail += " · override: \(override)" }
        return detail
    }
}
