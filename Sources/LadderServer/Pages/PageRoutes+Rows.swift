import Foundation
import Hummingbird
import LadderKit

/// The pages' rows and figures, in the reader's language.
extension PageRoutes {
    /// A firm's page, on the same day and knowledge as the page linking to it.
    static func firmHref(_ code: String, request: Request) -> String {
        let kept = ReadRoutes.times.compactMap { name in
            request.uri.queryParameters[Substring(name)].map { "\(name)=\(encoded(String($0)))" }
        }
        return PagePaths.firms + "/" + encoded(code) + (kept.isEmpty ? "" : "?" + kept.joined(separator: "&"))
    }

    /// 章贡区 (360702), 赣江新区, or the bare code of a place the catalogue does not name.
    static func place(_ location: Location) -> String {
        if let zone = location.zone { return "\(zone.name)（\(location.division.name ?? location.division.code)）" }
        return location.division.name.map { "\($0)（\(location.division.code)）" } ?? location.division.code
    }

    /// The ladder position as a badge (`tier`, `position`), or 无 without a valid qualification.
    static func position(_ tier: Tier?) -> [String: Any] {
        guard let tier else { return ["position": ShowText.positionNone.text(), "hasTier": false] }
        return ["tier": tier.rawValue, "position": tier.label(), "hasTier": true]
    }

    /// 数据截至 the moment asked, or everything recorded when the page was not asked for one.
    static func known(_ request: Request, _ moment: Moment) -> String {
        Heading.known(request.uri.queryParameters["known_at"] == nil ? nil : moment)
    }

    static func qualificationRow(_ q: Qualification, status: QualificationStatus) -> [String: Any] {
        let statusName: PageText = switch status {
        case .valid: .statusValid
        case .expired: .statusExpired
        case .revoked: .statusRevoked
        case .notStarted: .statusNotStarted
        }
        let list = q.category.map { "\(q.year) \($0.word)" }
        return ["tier": q.tier.rawValue, "tierName": q.tier.heading(), "number": q.number ?? list ?? String(q.year),
                "start": q.start.iso, "end": q.end?.iso ?? ShowText.untilNextList.text(),
                "status": status.rawValue, "statusName": statusName.text()
                    + (q.revokedOn.map { ShowText.revokedFrom.text(["day": $0.iso]) } ?? ""),
                "event": q.grantEventID]
    }

    static func eventRow(_ event: Event, voidedBy: Int64?) -> [String: Any] {
        var row: [String: Any] = [
            "id": event.id, "effective": event.effective.iso, "kind": event.kind.name(),
            "detail": ProfileText.detailText(event), "by": event.provenance.operatorName,
            "recorded": BeijingTime.stamp(event.recordedAt),
            "document": event.provenance.document ?? "", "source": EventDescription.shortSource(event.provenance),
        ]
        if let voidedBy { row["voidedBy"] = PageText.voided.text(["id": voidedBy]) }
        return row
    }

    static func checkRow(_ result: EligibilityResult) -> [String: Any] {
        var row: [String: Any] = [
            "tier": result.tier.rawValue, "tierName": result.tier.label(), "verdict": result.verdict.rawValue,
            "verdictName": result.verdict.name(), "year": PageText.fiscalYear.text(["year": result.year]),
            "criteria": result.criteria.map { criterion -> [String: Any] in
                ["id": criterion.id, "explanation": criterion.phrases.explanation.text(),
                 "value": criterion.phrases.value.text(), "threshold": criterion.phrases.threshold.text(),
                 "verdict": criterion.verdict.rawValue, "verdictName": criterion.verdict.name()]
            },
        ]
        if let score = result.score {
            let total = score.total.map(\.description) ?? "\(score.lowest)–\(score.highest)"
            row["score"] = PageText.score.text(["score": total])
        }
        if !result.missing.isEmpty {
            row["missing"] = PageText.missingFacts.text(["facts": result.missing.map { FactText.missing($0) }.joined(separator: "、")])
        }
        return row
    }

    /// A figure of the facts: money and counts grouped, yes and no in the reader's language.
    static func figure(_ figure: FactsText.Figure) -> String {
        switch figure {
        case let .money(yuan): return Money.grouped(yuan)
        case let .flag(on): return (on ? FactText.yes : FactText.no).text()
        default: return figure.display
        }
    }

    /// A fact's name in the reader's language: the official name in Chinese, in English the key
    /// that `facts set` and the files take.
    static func factLabel(_ key: String) -> String {
        FactText.name(of: key)
    }
}
