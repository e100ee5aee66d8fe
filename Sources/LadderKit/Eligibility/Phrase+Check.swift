/// The phrases the rules share: a message of `check` without values, a fact not entered, a
/// figure of a year, yes and no, a list of tiers.
extension Phrase {
    static func of(_ key: CheckText) -> Phrase { Phrase(key) }

    static func of(_ key: RecordText) -> Phrase { Phrase { key.text(in: $0) } }

    /// `batch 3` / 导入批次 3: where a record came from.
    static func batch(_ id: Int64) -> Phrase { Phrase { ShowText.batch.text(in: $0, ["id": id]) } }

    /// `not entered (2024)` / 未填报（2024年）; the year may be a span, `2022–2024`.
    static func notEntered(_ year: some CustomStringConvertible & Sendable) -> Phrase {
        Phrase { CheckText.notEnteredIn.text(in: $0, ["year": year]) }
    }

    /// `1,000 元 (2024)` / 1,000 元（2024年）.
    static func inYear(_ value: Phrase, _ year: some CustomStringConvertible & Sendable) -> Phrase {
        Phrase { CheckText.withYear.text(in: $0, ["value": value.text(in: $0), "year": year]) }
    }

    static func answer(_ yes: Bool) -> Phrase { .of(yes ? .yes : .no) }

    /// `hnte, tsme` (or `tsme or hnte`) in English, 高企、科小 (科小或高企) in Chinese.
    static func tiers(_ tiers: [Tier], or: Bool = false, in language: Language) -> String {
        let separator = (or ? CheckText.or : .tierList).text(in: language)
        return tiers.map { $0.heading(in: language) }.joined(separator: separator)
    }

    /// A direct route of 科技型中小企业 as the 评价办法 words it.
    static func route(_ route: TsmeDirectRoute) -> Phrase {
        switch route {
        case .validHnte: .of(.routeValidHnte)
        case .nationalAward: .of(.routeNationalAward)
        case .provincialRDInstitution: .of(.routeProvincialRD)
        case .ledStandard: .of(.routeLedStandard)
        }
    }
}
