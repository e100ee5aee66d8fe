/// `ladder targets` as one row per target in force.
extension TargetReport {
    /// For programs (JSON, CSV): `set_at` as recorded, in UTC.
    public var tabular: Tabular { tabular(for: .json) }

    /// A table for people shows when each target was set in Beijing time.
    public func tabular(for format: OutputFormat) -> Tabular {
        let statuses = Dictionary(uniqueKeysWithValues: Status.allCases.map { ($0.rawValue, $0.name()) })
        var table = Tabular(
            title: TargetText.title.text(["region": Region.inTitle(region)]),
            heading: Heading.dates(asOf: asOf, knownAt: knownAt, policy: policy),
            columns: [Tabular.Column("tier", TargetText.columnTier.text()).labelled(Tier.headings),
                      .init("code", TargetText.columnCode.text()), .init("name", TargetText.columnName.text()),
                      .init("target", TargetText.columnTarget.text(), alignment: .right),
                      .init("due", TargetText.columnDue.text()),
                      .init("current", TargetText.columnCurrent.text(), alignment: .right),
                      .init("year_before", TargetText.columnYearBefore.text(["day": yearBefore.iso]), alignment: .right),
                      .init("projection", TargetText.columnProjection.text(), alignment: .right),
                      Tabular.Column("status", TargetText.columnStatus.text()).labelled(statuses),
                      .init("set_by", TargetText.columnSetBy.text()), .init("set_at", TargetText.columnSetAt.text())])
        for row in rows {
            let t = row.target
            table.append([.text(t.tier.rawValue), .text(t.region.code), .text(t.region.name), .int(t.count),
                          .text(t.due.iso), .int(row.current), .int(row.yearBefore), .int(row.projection),
                          .text(row.status.rawValue), .text(t.operatorName),
                          .text(format == .table ? BeijingTime.stamp(t.recordedAt) : String(t.recordedAt.iso.prefix(19)))])
        }
        table.footer = [TargetText.projectionNote.text()]
        return table
    }
}

extension TargetReport.Status {
    /// The status as a person reads it: 按期可完成 in Chinese, the code (`on-track`) in English.
    public func name(in language: Language = .current) -> String {
        switch self {
        case .met: TargetText.met.text(in: language)
        case .onTrack: TargetText.onTrack.text(in: language)
        case .offTrack: TargetText.offTrack.text(in: language)
        case .missed: TargetText.missed.text(in: language)
        }
    }
}
