/// The validity knobs of DOMAIN.md §3: how long each tier's qualification lasts and how its
/// last day is counted. Values live in the versioned policy, never in code paths.
public struct ValidityPolicy: Codable, Hashable, Sendable {
    public var hnte: CertificateTerm
    public var tsme: TsmeTerm
    public var growth: ListTerm
    public var leader: ListTerm

    public init(hnte: CertificateTerm, tsme: TsmeTerm, growth: ListTerm, leader: ListTerm) {
        self.hnte = hnte
        self.tsme = tsme
        self.growth = growth
        self.leader = leader
    }

    /// Jiangxi defaults: certificates for 3 years counted by the Civil Code, 科小 to the end of
    /// the number's year, lists for one year counted by the Civil Code.
    public static let standard = ValidityPolicy(
        hnte: CertificateTerm(years: 3, end: .civilCode),
        tsme: TsmeTerm(end: .yearEnd),
        growth: ListTerm(term: .years, years: 1, end: .civilCode),
        leader: ListTerm(term: .years, years: 1, end: .civilCode))

    public func listTerm(for tier: Tier) -> ListTerm { tier == .leader ? leader : growth }
}

/// How a period's last day is counted.
public enum EndConvention: String, Codable, CaseIterable, Sendable {
    /// 民法典 第二百零一、二百零二条: ends on the corresponding day (2023-11-22 → 2026-11-22).
    case civilCode = "civil-code"
    /// The day before the corresponding day (2023-11-22 → 2026-11-21), as some bureaus count.
    case minusOneDay = "minus-one-day"

    func end(of start: Day, years: Int) -> Day {
        let end = start.civilPeriodEnd(years: years)
        guard self == .minusOneDay else { return end }
        // The day before the anniversary; a 29 February start has its anniversary on 1 March.
        let clamped = end.day != start.day
        return clamped ? end : end.adding(days: -1)
    }
}

/// 高新技术企业 certificate term.
public struct CertificateTerm: Codable, Hashable, Sendable {
    public var years: Int
    public var end: EndConvention

    public init(years: Int, end: EndConvention) {
        self.years = years
        self.end = end
    }

    public func end(issued: Day) -> Day { end.end(of: issued, years: years) }
}

/// 科技型中小企业 registration term: the number is valid within its evaluation year.
public struct TsmeTerm: Codable, Hashable, Sendable {
    public enum End: String, Codable, CaseIterable, Sendable {
        /// 31 December of the number's year.
        case yearEnd = "year-end"
        /// 31 March of the following year, a practice seen in some provinces.
        case march31NextYear = "march-31-next-year"
    }

    public var end: End
    /// Years after the removal year during which a firm removed for fraud cannot be admitted again
    /// (any removal bars the rest of its own year).
    public var fraudBarYears: Int

    public init(end: End, fraudBarYears: Int = 3) {
        self.end = end
        self.fraudBarYears = fraudBarYears
    }

    public func end(numberYear year: Int) -> Day {
        switch end {
        case .yearEnd: return Day(year: year, month: 12, day: 31)!
        case .march31NextYear: return Day(year: year + 1, month: 3, day: 31)!
        }
    }
}

/// Growth and leader list membership term.
public struct ListTerm: Codable, Hashable, Sendable {
    public enum Term: String, Codable, CaseIterable, Sendable {
        /// A fixed number of years from the list's effective day.
        case years
        /// Until the day before the next year's list of the same tier takes effect.
        case untilNextList = "until-next-list"
    }

    public var term: Term
    public var years: Int
    public var end: EndConvention

    public init(term: Term, years: Int, end: EndConvention) {
        self.term = term
        self.years = years
        self.end = end
    }

    /// The last valid day; nil while the term runs until a next list that is not yet recorded.
    public func end(effective: Day, nextListStart: Day?) -> Day? {
        switch term {
        case .years: return end.end(of: effective, years: years)
        case .untilNextList: return nextListStart.map { $0.adding(days: -1) }
        }
    }
}
