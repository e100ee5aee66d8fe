/// `ladder find` as a table: each firm with its names, place and position, and how it matched.
extension FirmSearch {
    public var tabular: Tabular {
        var table = Tabular(title: FindText.title.text(["query": query, "region": Region.inTitle(region)]),
                            heading: Heading.dates(asOf: asOf, knownAt: knownAt, policy: policy),
                            columns: [.init("credit_code", Term.creditCode.text(in: .zh)),
                                      .init("name", FindText.columnName.text()),
                                      .init("former_names", FindText.columnFormerNames.text()),
                                      .init("place", FindText.columnPlace.text()),
                                      Tabular.Column("position", FindText.columnPosition.text()).labelled(positions),
                                      Tabular.Column("match", FindText.columnMatch.text()).labelled(kinds)])
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

    /// `hnte 高新技术企业` is what programs read; a Chinese table says 高新技术企业.
    private var positions: [String: String] {
        guard Language.current == .zh else { return [:] }
        return Dictionary(uniqueKeysWithValues: Tier.allCases.map { ("\($0.rawValue) \($0.chineseName)", $0.chineseName) })
    }

    private var kinds: [String: String] {
        guard Language.current == .zh else { return [:] }
        return Dictionary(uniqueKeysWithValues: FirmMatch.Kind.allCases.map { ($0.rawValue, $0.name()) })
    }

    /// What the list leaves out or why it is empty, one sentence each (the table's footer; on
    /// standard error for the other formats).
    public var notes: [String] {
        if let refusal { return [refusal] }
        let within = Region.inTitle(region)
        if matches.isEmpty {
            if let region, outside > 0 {
                return [FindText.noneInRegion.text(["region": region.name, "query": query,
                                                    "count": ProseFormat.grouped(outside)])]
            }
            let near = nearest.isEmpty ? "" : FindText.didYouMean.text(["names": nearest.joined(separator: FindText.or.text())])
            return [FindText.noneMatches.text(["region": within, "query": query, "near": near])]
        }
        let others = region.map { outside > 0 ? FindText.moreOutside.text(["count": ProseFormat.grouped(outside), "region": $0.name]) : "" } ?? ""
        if truncated {
            return [FindText.truncated.text(["limit": ranked, "query": query, "shown": matches.count,
                                             "region": within, "others": others])]
        }
        if matches.count < total {
            let best = matches.count == 1 ? FindText.bestOne : FindText.bestSome
            return [best.text(["firms": ProseFormat.firms(total), "region": within, "shown": matches.count, "total": total,
                               "others": others])]
        }
        return [FindText.foundSome.text(["firms": ProseFormat.firms(total), "region": within, "others": others])]
    }
}

extension FirmMatch.Kind {
    /// How a firm matched, as a person reads it.
    public func name(in language: Language = .current) -> String {
        switch self {
        case .code: FindText.matchCode.text(in: language)
        case .name: FindText.matchName.text(in: language)
        case .formerName: FindText.matchFormerName.text(in: language)
        case .nameContains: FindText.matchNameContains.text(in: language)
        case .formerNameContains: FindText.matchFormerNameContains.text(in: language)
        }
    }
}
