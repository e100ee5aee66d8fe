/// The table form of `ladder show`: a header block, qualifications, names, and the timeline,
/// fitting 100 columns (`wide`: the timeline as one table row per event), in the reader's language.
public enum ProfileText {
    public static func render(_ profile: EnterpriseProfile, wide: Bool = false) -> String {
        let e = profile.enterprise
        let location = profile.location
        let zh = Language.current == .zh
        var out: [String] = []
        out.append("\(profile.name)  \(e.creditCode.text)")
        out += TextWrap.lines(Heading.dates(asOf: profile.asOf, knownAt: profile.knownAt, policy: profile.policy))
        out.append("")
        var facts: [(ShowText, String)] = [
            (.position, profile.position.map { zh ? $0.chineseName : "\($0.rawValue) \($0.chineseName)" }
                ?? ShowText.positionNone.text()),
            (.region, "\(location.label) · \(location.reportingRegion.name)"),
        ]
        if let founded = e.profile.founded { facts.append((.founded, founded.iso)) }
        if let field = e.profile.field { facts.append((.field, field)) }
        if let contact = e.profile.contact { facts.append((.contact, [contact, e.profile.phone].compactMap { $0 }.joined(separator: " "))) }
        let names = profile.names
        if names.count > 1 {
            facts.append((.names, names.map { n in n.from.map { ShowText.nameFrom.text(["name": n.name, "day": $0.iso]) } ?? n.name }
                .joined(separator: " → ")))
        }
        out += facts.flatMap { key, value in
            TextWrap.lines(value, first: padded(key.text(), to: 10), rest: String(repeating: " ", count: 10))
        }
        out.append("")
        out.append(ShowText.qualifications.text())
        if profile.qualifications.isEmpty {
            out.append("  " + ShowText.noneRecorded.text())
        } else {
            var table = TextTable(headers: [ShowText.columnTier, .columnNumber, .columnStart, .columnEnd, .columnStatus,
                                            .columnEvent].map { $0.text() })
            for (q, status) in profile.qualifications {
                let label = q.number ?? "\(q.year) \(q.category.map { zh ? $0.chineseName : $0.rawValue } ?? "")"
                var statusText = zh ? status.chineseName : status.rawValue
                if let revokedOn = q.revokedOn { statusText += ShowText.revokedFrom.text(["day": revokedOn.iso]) }
                table.append([q.tier.heading(), label, q.start.iso, q.end?.iso ?? ShowText.untilNextList.text(), statusText,
                              "#\(q.grantEventID)"])
            }
            out.append(table.render())
        }
        out.append("")
        out.append(ShowText.events.text())
        out += wide ? [eventTable(profile).render()] : profile.timeline.flatMap(eventBlock)
        if !profile.corrections.isEmpty {
            out.append("")
            out.append(ShowText.corrections.text())
            out += profile.corrections.flatMap(correctionBlock)
        }
        return TerminalText.sanitizeLines(out.joined(separator: "\n"))
    }

    private static func eventTable(_ profile: EnterpriseProfile) -> TextTable {
        var events = TextTable(headers: ["#"] + [ShowText.columnEffective, .columnKind, .columnDetail, .columnRecorded, .columnBy,
                                                 .columnSource, .columnDocument].map { $0.text() })
        for (event, voidedBy) in profile.timeline {
            events.append(["\(event.id)", event.effective.iso, kindText(event, voidedBy: voidedBy), detailText(event),
                           BeijingTime.stamp(event.recordedAt), event.provenance.operatorName,
                           EventDescription.shortSource(event.provenance), event.provenance.document ?? ""])
        }
        return events
    }

    /// `#18758  2025-03-01  rename  → 江西众城新材料有限公司 · 市场监管局变更登记`, then who recorded
    /// it, when, from where and under which 文号 on an indented line.
    private static func eventBlock(_ entry: (event: Event, voidedBy: Int64?)) -> [String] {
        let event = entry.event
        // Padded, never cut: `certify (voided by #3)` must stay whole.
        let head = padded("#\(event.id)", to: 8) + event.effective.iso + "  " + padded(kindText(event, voidedBy: entry.voidedBy), to: 8) + "  "
        let indent = String(repeating: " ", count: 30)
        return TextWrap.lines(detailText(event), first: head, rest: indent)
            + TextWrap.lines(recordedBy(event.provenance), first: indent, rest: indent)
    }

    /// `c3      from start  corrected  place → 360702 章贡区 from the start · 导入时地区填错`, then
    /// who recorded it, as for events.
    private static func correctionBlock(_ correction: Correction) -> [String] {
        let head = padded("c\(correction.id)", to: 8) + padded(correction.effective?.iso ?? ShowText.fromStart.text(), to: 10)
            + "  " + ShowText.corrected.text() + "  "
        let indent = String(repeating: " ", count: 31)
        var detail = correction.summary + " · " + correction.reason
        if let note = correction.provenance.note { detail += " · \(note)" }
        return TextWrap.lines(detail, first: head, rest: indent)
            + TextWrap.lines(recordedBy(correction.provenance), first: indent, rest: indent)
    }

    private static func recordedBy(_ provenance: Provenance) -> String {
        ShowText.recordedBy.text(["time": BeijingTime.stamp(provenance.recordedAt), "operator": provenance.operatorName,
                                  "source": EventDescription.shortSource(provenance)])
            + (provenance.document.map { ShowText.document.text(["document": $0]) } ?? "")
    }

    public static func kindText(_ event: Event, voidedBy: Int64?) -> String {
        event.kind.name() + (voidedBy.map { ShowText.voidedBy.text(["id": $0]) } ?? "")
    }

    public static func detailText(_ event: Event) -> String {
        var detail: String
        switch event.detail {
        case let .select(category, year):
            detail = ShowText.listDetail.text(["tier": category.tier.heading(), "year": year,
                                               "category": Language.current == .zh ? category.chineseName
                                                   : "\(category.rawValue) \(category.chineseName)"])
        case let .revoke(target, ground, reason):
            detail = ShowText.revokeDetail.text(["target": target, "ground": ground.word,
                                                 "reason": reason])
        case let .void(target, reason):
            detail = ShowText.voidDetail.text(["target": target, "reason": reason])
        case .admit, .certify, .rename, .relocate:
            detail = EventDescription.detail(event.detail)
        }
        if let note = event.provenance.note { detail += " · \(note)" }
        if let override = event.provenance.override { detail += " · " + ShowText.override.text(["reason": override]) }
        return detail
    }

    /// `text` followed by spaces up to `width` terminal columns (a Chinese character takes two); never cut.
    private static func padded(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    }
}
