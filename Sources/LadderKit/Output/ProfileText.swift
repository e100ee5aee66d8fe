/// The table form of `ladder show`: a header block, qualifications, names, and the timeline.
public enum ProfileText {
    public static func render(_ profile: EnterpriseProfile) -> String {
        let e = profile.enterprise
        let location = profile.location
        var out: [String] = []
        out.append("\(profile.name)  \(e.creditCode.text)")
        out.append(Heading.dates(asOf: profile.asOf, knownAt: profile.knownAt, policy: profile.policy))
        out.append("")
        var facts = TextTable(headers: ["", ""])
        facts.showsHeader = false
        facts.rows = [
            ["position", profile.position.map { "\($0.rawValue) \($0.chineseName)" } ?? "none (no valid qualification)"],
            ["region", "\(location.label) · \(location.reportingRegion.name)"],
        ]
        if let founded = e.profile.founded { facts.append(["founded", founded.iso]) }
        if let field = e.profile.field { facts.append(["field", field]) }
        if let contact = e.profile.contact { facts.append(["contact", [contact, e.profile.phone].compactMap { $0 }.joined(separator: " ")]) }
        let names = profile.names
        if names.count > 1 {
            facts.append(["names", names.map { n in n.from.map { "\(n.name) (from \($0.iso))" } ?? n.name }
                .joined(separator: " → ")])
        }
        out.append(facts.render())
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
        var events = TextTable(headers: ["#", "effective", "kind", "detail", "recorded (UTC)", "by", "source", "文号"])
        for (event, voidedBy) in profile.timeline {
            var kind = event.kind.rawValue
            if let voidedBy { kind += " (voided by #\(voidedBy))" }
            var detail = EventDescription.detail(event.detail)
            if let note = event.provenance.note { detail += " · \(note)" }
            if let override = event.provenance.override { detail += " · override: \(override)" }
            events.append(["\(event.id)", event.effective.iso, kind, detail, String(event.recordedAt.iso.prefix(19)),
                           event.provenance.operatorName, EventDescription.shortSource(event.provenance),
                           event.provenance.document ?? ""])
        }
        out.append(events.render())
        return TerminalText.sanitizeLines(out.joined(separator: "\n"))
    }
}
