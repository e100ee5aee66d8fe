import LadderKit

/// An action on a firm's page, posted to `/firms/{code}/{action}`: the API's event writes, a void
/// and the year's facts. Each names its fields as the API does and labels them as the form shows them.
enum PageFirmAction: String, CaseIterable {
    case admit, certify, select, revoke, rename, relocate, void, facts

    /// The API's event write this action is, if it is one.
    var event: WriteRoutes.EventAction? { WriteRoutes.EventAction(rawValue: rawValue) }

    /// The void's fields (the API takes the event from its path; the page from a field).
    static let voidFields = ["event", "reason", "document", "note"]

    var title: String {
        switch self {
        case .admit: Term.admit.text()
        case .certify: Term.certify.text()
        case .select: Term.select.text()
        case .revoke: Term.revoke.text()
        case .rename: Term.rename.text()
        case .relocate: Term.relocate.text()
        case .void: Term.void.text()
        case .facts: PageActionText.enterFacts.text()
        }
    }

    /// Each field by the label the form shows, for the form and for the messages about it.
    var labels: [String: String] {
        var labels: [String: String] = [
            "effective": Term.effectiveDay.text(), "document": Term.document.text(), "note": PageActionText.fieldNote.text(),
            "override": Term.override.text(),
        ]
        switch self {
        case .admit: labels["number"] = Term.registrationNumber.text()
        case .certify: labels["number"] = Term.certificateNumber.text(); labels["issued"] = Term.issueDate.text()
        case .select:
            labels["tier"] = PageActionText.fieldTier.text(); labels["category"] = PageActionText.fieldCategory.text()
            labels["year"] = PageActionText.fieldListYear.text()
        case .revoke:
            labels["tier"] = PageActionText.fieldTier.text(); labels["number"] = PageActionText.fieldRevokeNumber.text()
            labels["ground"] = PageActionText.fieldGround.text(); labels["reason"] = PageActionText.fieldReason.text()
        case .rename: labels["name"] = PageActionText.fieldName.text()
        case .relocate: labels["region"] = PageActionText.fieldRegion.text(); labels["zone"] = PageActionText.fieldZone.text()
        case .void: labels["event"] = PageActionText.fieldEvent.text(); labels["reason"] = PageActionText.fieldVoidReason.text()
        case .facts:
            labels["year"] = PageActionText.fieldYear.text(); labels["unit"] = PageActionText.fieldUnit.text()
            for key in PageFirmAction.factKeys { labels[key] = FactText.name(of: PageFirmAction.factName[key] ?? key) }
        }
        return labels
    }

    /// The facts a form takes (the API's fields after year and unit), in the API's order.
    static let factKeys = WriteRoutes.factFields.filter { $0 != "year" && $0 != "unit" }
    static let flagKeys: Set<String> = ["owns_core_ip", "major_accident", "abnormal_operation", "serious_dishonesty",
                                        "national_award", "provincial_rd_institution", "led_standard", "listed", "jiangxi",
                                        "bad_credit"]
    /// The API's short field names whose fact has a longer key (the one `FactText` and the rules use).
    static let factName = [
        "innovation_ip": "innovation_parts.ip", "innovation_conversion": "innovation_parts.conversion",
        "innovation_rd_management": "innovation_parts.rd_management", "innovation_growth": "innovation_parts.growth",
        "abnormal_operation": "abnormal_operation_list", "serious_dishonesty": "serious_dishonesty_list",
        "national_award": "national_award_in_last_5_years", "led_standard": "led_standard_in_last_5_years",
        "jiangxi": "registered_taxed_counted_in_jiangxi", "bad_credit": "violation_or_bad_credit_in_3_years",
    ]
}
