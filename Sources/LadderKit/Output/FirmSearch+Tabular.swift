/// `ladder find` as a table: each firm with its names, place and position, and how it matched.
extension FirmSearch {
    public var tabular: Tabular {
        var table = Tabular(title: "Firms matching '\(query)'" + Region.inTitle(region), heading: Heading.dates(asOf: asOf, knownAt: knownAt, policy: policy),
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
        let within = Region.inTitle(region)
        if matches.isEmpty {
            if let region, outside > 0 {
                return ["no firm in \(region.name) matches '\(query)'; \(firms(outside)) outside \(region.name) "
                    + "\(outside == 1 ? "does" : "do")"]
            }
            let near = nearest.isEmpty ? "" : "; did you mean " + nearest.joined(separator: " or ") + "?"
            return ["no firm's code or name\(within) matches '\(query)'" + near]
        }
        let others = region.map { outside > 0 ? "; \(outside) more outside \($0.name), not listed" : "" } ?? ""
        if truncated {
            return ["more than \(Registry.findScanLimit) names contain '\(query)'; these are the best \(matches.count)\(within) of "
                + "the first \(Registry.findScanLimit) found; give more of the name to narrow it" + others]
        }
        if matches.count < total {
            let best = matches.count == 1 ? "the best is shown" : "the best \(matches.count) are shown"
            return ["\(firms(total)) found\(within); \(best) (give --limit \(total) to see all)" + others]
        }
        return ["\(firms(total)) found\(within)" + others]
    }

    private func firms(_ count: Int) -> String { "\(count) firm\(count == 1 ? "" : "s")" }
}
