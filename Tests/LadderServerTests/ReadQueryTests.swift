import HummingbirdTesting
import Testing

/// A read's bad parameter is 400 naming the parameter, the value and the fix, in the CLI's words
/// with the API's names (`from`, not `--from`); a parameter the read does not take is refused too,
/// since a typo ignored would answer another question.
@Suite struct ReadQueryTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var account = "sheng-viewer"
        var uri: String
        var error: String
        var testDescription: String { uri }
    }

    static let cases: [Case] = [
        Case(uri: "/api/v1/series?from=2024-01", error: "tier is missing; give it, e.g. tier=hnte"),
        Case(uri: "/api/v1/series?tier=hnte", error: "from is missing; give the first month, e.g. from=2024-01"),
        Case(uri: "/api/v1/series?tier=hnte&from=2024-13", error: "from '2024-13' is not a month; write it as YYYY-MM, e.g. 2024-03"),
        Case(uri: "/api/v1/series?tier=hnte&from=2024-05&to=2024-04",
             error: "from 2024-05 is after to 2024-04; give the earlier month first"),
        Case(uri: "/api/v1/series?tier=hnte&from=1924-01&to=2024-01",
             error: "from 1924-01 to 2024-01 is more than 100 years; ask for fewer"),
        Case(uri: "/api/v1/series?tier=gold&from=2024-01",
             error: "tier 'gold' is not a tier; give one of tsme (科技型中小企业, 科小, 科技型中小, 科小企业); "
                + "hnte (高新技术企业, 高企, 高新企业, 国家高新技术企业); growth (高成长性科技型企业, 高成长, 高成长企业, 高成长性企业); "
                + "leader (科技领军企业, 领军, 领军企业)"),
        Case(uri: "/api/v1/series?tier=hnte&from=2024-01&every=week", error: "every 'week' is not one of month, quarter, year"),
        Case(account: "ganzhou-viewer", uri: "/api/v1/cohort?by=city",
             error: "by=city splits the province into its cities, and 赣州市 is one region of its own; leave out by=city"),
        Case(uri: "/api/v1/cohort?by=county", error: "by 'county' is not city, the one grouping this read offers"),
        Case(uri: "/api/v1/funnel?from=hnte&to=hnte", error: "from and to are both hnte; name two tiers"),
        Case(uri: "/api/v1/funnel?from=leader&to=hnte",
             error: "from leader is above to hnte on the ladder; the funnel runs from a lower tier to a higher one (e.g. from=tsme&to=hnte)"),
        Case(uri: "/api/v1/funnel?within=0", error: "within '0' is not a whole number of years from 1 to 100"),
        Case(uri: "/api/v1/expiring?within=30&year=2025", error: "give within or year, not both"),
        Case(uri: "/api/v1/expiring?year=99999999999999999999", error: "year '99999999999999999999' is not a whole number of years from 1949 to 2999"),
        Case(uri: "/api/v1/lapsed?pending=yes", error: "pending 'yes' is not true or false"),
        Case(uri: "/api/v1/lapsed?since=2024-02-30", error: "since '2024-02-30' is not a day; write it as YYYY-MM-DD, e.g. 2024-11-22"),
        Case(uri: "/api/v1/candidates", error: "tier is missing; give it, e.g. tier=hnte"),
        Case(uri: "/api/v1/candidates?tier=growth&category=dragon",
             error: "category 'dragon' is not a list category; give one of unicorn, potential-unicorn, seed-unicorn, gazelle, "
                + "potential-gazelle, leader, reserve"),
        Case(uri: "/api/v1/targets?known_at=yesterday",
             error: "known_at 'yesterday' is not a time; use YYYY-MM-DD (end of that day in China), YYYY-MM-DDTHH:MM (China time) "
                + "or a full ISO time with Z or an offset"),
        Case(uri: "/api/v1/imports?as_of=2024-06-30", error: "unknown parameter 'as_of'; /api/v1/imports takes region"),
        Case(uri: "/api/v1/log?known_at=2024-06-30", error: "unknown parameter 'known_at'; /api/v1/log takes operator, since, region, as_of"),
        Case(uri: "/api/v1/stats?tire=hnte", error: "unknown parameter 'tire'; /api/v1/stats takes tier, by, region, as_of, known_at"),
        Case(uri: "/api/v1/targets?region=3699",
             error: "region: '3699' is not a Jiangxi region this tool knows; give a 设区市 (3607, 360700, 赣州 or 赣州市), "
                + "a 县区 (360702, 章贡区 or 章贡), ganjiang (赣江新区), or the province (360000, 江西省)"),
    ]

    @Test(arguments: cases)
    func badParametersAreRefusedNamingThem(_ bad: Case) async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let (headers, _) = try await client.session(bad.account)
            let response = try await client.get(bad.uri, headers)
            #expect(response.status == .badRequest)
            #expect(response.json["error"] as? String == bad.error)
        }
    }
}
