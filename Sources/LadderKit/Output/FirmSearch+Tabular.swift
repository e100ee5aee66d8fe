/// `ladder find` as a table: each firm with its names, place and position, and how it matched.
extension FirmSearch {
    public var tabular: Tabular {
        var table = Tabular(title: "Firms matching '\(query)'", heading: Heading.dates(asOf: asOf, knownAt: knownAt, policy: policy),
                            columns: [.init("credit_code", "统一社会信用代码"), .init("name"),
                                      .init("former_names", "former names"), .init("place"), .init("position"),
                                      .init("match")])
        for match in matches {
            table.append([.text(match.code.text), .text(match.name),
                          match.formerNames.isEmpty ? .null : .text(match.formerNames.joined(separator: "；")),
                          .text(match.location.label),
                          match.position.map { .text("\($0.rawValue) \($0.chineseName)") } ?? .null,
                          .text(match.kind.rawValue)])
        }
        table.footer = notes
        return table
    }

    /// What the list leaves out or why it is empty, one sentence each (the table's footer; on
    /// standard error for the other formats).
    public var notes: [String] {
        if let refusal { return [refusal] }
        if matches.isEmpty {
            let near = nearest.isEmpty ? "" : "; did you mean " + nearest.joined(separator: " or ") + "?"
            return ["no firm's code or name matches '\(query)'" + near]
        }
        let firms = "\(total) firm\(total == 1 ? "" : "s")"
        if truncated {
            return ["more than \(Registry.findScanLimit) names contain '\(query)'; these are the best \(matches.count) of "
                + "the first \(Registry.findScanLimit) found; give more of the name to narrow it"]
        }
        if matches.count < total {
            let best = matches.count == 1 ? "the best is shown" : "the best \(matches.count) are shown"
            return ["\(firms) found; \(best) (give --limit \(total) to see all)"]
        }
        return ["\(firms) found"]
    }
}
