import LadderKit

/// One form of a firm's 操作 section as the template draws it: its fields with their labels and
/// values (the defaults, or what the clerk typed when the form comes back refused), and the refusal.
struct PageActionForm {
    let action: PageFirmAction
    let code: String
    /// What was posted, when this form comes back; nil for a fresh form with its defaults.
    let typed: [String: String]?
    private let labels: [String: String]
    private(set) var fields: [[String: Any]] = []

    init(_ action: PageFirmAction, code: String, typed: [String: String]?) {
        self.action = action
        self.code = code
        self.typed = typed
        labels = action.labels
    }

    /// The value to show: what was typed when the form comes back, else the default.
    func value(_ name: String, default fallback: String) -> String {
        guard let typed else { return fallback }
        return typed[name] ?? ""
    }

    mutating func text(_ name: String, default fallback: String = "", required: Bool = false, hint: String? = nil,
                       numeric: Bool = false, wide: Bool = false) {
        var field = entry(name, required: required, hint: hint)
        field["isSelect"] = false
        field["value"] = value(name, default: fallback)
        field["numeric"] = numeric
        field["wide"] = wide
        fields.append(field)
    }

    mutating func day(_ name: String, today: Day) {
        text(name, default: today.iso, required: true, hint: PageActionText.hintDay.text())
    }

    /// A choice among `options` (value, label); the first is the default unless `default` names another.
    mutating func select(_ name: String, _ options: [(String, String)], default fallback: String? = nil) {
        let chosen = value(name, default: fallback ?? options.first?.0 ?? "")
        var field = entry(name, required: false, hint: nil)
        field["isSelect"] = true
        field["value"] = chosen
        field["numeric"] = false
        field["wide"] = false
        field["options"] = options.map { value, label -> [String: Any] in ["value": value, "label": label, "selected": value == chosen] }
        fields.append(field)
    }

    /// A fact that is yes or no, or left as it is.
    mutating func flag(_ name: String) {
        select(name, [("", PageActionText.flagUnset.text()), ("是", FactText.yes.text()), ("否", FactText.no.text())])
    }

    /// The document and note every event may carry.
    mutating func provenance() {
        text("document")
        text("note", wide: true)
    }

    private func entry(_ name: String, required: Bool, hint: String?) -> [String: Any] {
        ["name": name, "fieldId": "\(action.rawValue)-\(name.replacingOccurrences(of: "_", with: "-"))",
         "label": labels[name] ?? name, "required": required, "hasHint": hint != nil, "hint": hint ?? ""]
    }
}
