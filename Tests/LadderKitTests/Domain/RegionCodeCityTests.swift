import Testing
@testable import LadderKit

/// Two codes share a city when their first four digits agree: what a roster's city column is
/// checked against its county by (`PlaceName.contradicts`).
@Suite struct RegionCodeCityTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let a: String, b: String, shared: Bool
        var testDescription: String { "\(a) \(b)" }
    }

    @Test(arguments: [
        Case(a: "360733", b: "360700", shared: true),   // 会昌县 in 赣州市
        Case(a: "360702", b: "360733", shared: true),
        Case(a: "360733", b: "360633", shared: false),  // the fourth digit differs
        Case(a: "360733", b: "370733", shared: false),  // the second digit differs
        Case(a: "360000", b: "360733", shared: false),  // the province is no city (contradicts leaves it out)
        Case(a: "3607", b: "360733", shared: true),     // shorter codes: their first four characters
        Case(a: "360", b: "360733", shared: false),
        Case(a: "360", b: "360", shared: true),
    ])
    func sharesCity(_ c: Case) {
        #expect(RegionCode(trusted: c.a).sharesCity(with: RegionCode(trusted: c.b)) == c.shared)
        #expect(RegionCode(trusted: c.b).sharesCity(with: RegionCode(trusted: c.a)) == c.shared)
    }

    @Test func contradictsOnlyAcrossCities() {
        let huichang = PlaceName(code: RegionCode(trusted: "360733"), cityOnly: false)
        let ganzhou = PlaceName(code: RegionCode(trusted: "360700"), cityOnly: true)
        let jian = PlaceName(code: RegionCode(trusted: "360800"), cityOnly: true)
        let province = PlaceName(code: RegionCode(trusted: "360000"), cityOnly: true)
        #expect(!PlaceName.contradicts(ganzhou, huichang))
        #expect(PlaceName.contradicts(jian, huichang))
        #expect(!PlaceName.contradicts(province, huichang))
    }
}
