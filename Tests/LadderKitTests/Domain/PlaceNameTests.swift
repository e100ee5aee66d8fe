import Testing
@testable import LadderKit

/// Place names as 地区 and 县区 columns spell them, with the division each must give (worked out
/// from the GB/T 2260 catalogue by hand). The two names shared by a city and a county without
/// their suffixes are 南昌 (南昌市 360100 / 南昌县 360121) and 吉安 (吉安市 360800 / 吉安县 360821):
/// without the suffix they are the cities. Every other short name belongs to one division.
@Suite struct PlaceNameTests {
    struct Spelling: CustomTestStringConvertible, Sendable {
        let text: String
        /// nil: not a place the catalogue knows.
        let code: String?
        var cityOnly = false
        var testDescription: String { "\(text) → \(code ?? "unknown")" }
    }

    static let spellings: [Spelling] = [
        // Cities: full, without 市, and the province.
        Spelling(text: "南昌市", code: "360100", cityOnly: true),
        Spelling(text: "南昌", code: "360100", cityOnly: true),
        Spelling(text: "吉安市", code: "360800", cityOnly: true),
        Spelling(text: "吉安", code: "360800", cityOnly: true),
        Spelling(text: "赣州", code: "360700", cityOnly: true),
        Spelling(text: "景德镇", code: "360200", cityOnly: true),
        Spelling(text: "上饶", code: "361100", cityOnly: true),
        Spelling(text: "江西省", code: "360000", cityOnly: true),
        Spelling(text: "江西", code: "360000", cityOnly: true),
        // The same-named counties, written in full.
        Spelling(text: "南昌县", code: "360121"),
        Spelling(text: "吉安县", code: "360821"),
        // Counties and districts without their suffix.
        Spelling(text: "章贡", code: "360702"),
        Spelling(text: "章贡区", code: "360702"),
        Spelling(text: "赣县区", code: "360704"),
        Spelling(text: "赣县", code: "360704"),  // the former name, and 赣县区 without 区; never 赣州
        Spelling(text: "共青城", code: "360482"),
        Spelling(text: "庐山", code: "360483"),  // 庐山市
        Spelling(text: "井冈山", code: "360881"),
        Spelling(text: "瑞金", code: "360781"),
        // Former names: today's division.
        Spelling(text: "庐山区", code: "360402"),  // 濂溪区 since 2016, not 庐山市
        Spelling(text: "上饶县", code: "361104"),  // 广信区, not 上饶市
        Spelling(text: "南康市", code: "360703"),
        Spelling(text: "红谷滩新区", code: "360113"),
        // Full-width and spaces.
        Spelling(text: " 南昌市\u{3000}", code: "360100", cityOnly: true),
        // Addresses and city–county pairs: the most specific division named.
        Spelling(text: "江西省南昌市东湖区二七北路252号", code: "360102"),
        Spelling(text: "中国江西省吉安市吉安县敦厚镇", code: "360821"),
        Spelling(text: "江西南昌青山湖区", code: "360111"),
        Spelling(text: "南昌 东湖", code: "360102"),
        Spelling(text: "南昌市-新建区", code: "360112"),
        Spelling(text: "九江市共青城市", code: "360482"),
        Spelling(text: "江西省上饶县旭日大道", code: "361104"),
        // A street named after another place is not read: the city stays.
        Spelling(text: "江西省南昌市庐山南大道8号", code: "360100", cityOnly: true),
        Spelling(text: "吉安市井冈山大道100号", code: "360800", cityOnly: true),
        // A county of another city after a city is not believed: the city stays.
        Spelling(text: "南昌市章贡区", code: "360100", cityOnly: true),
        // Development zones: the city they lie in.
        Spelling(text: "赣州经济技术开发区", code: "360700", cityOnly: true),
        Spelling(text: "赣州经开区", code: "360700", cityOnly: true),
        Spelling(text: "南昌高新技术产业开发区", code: "360100", cityOnly: true),
        Spelling(text: "江西省南昌市高新区艾溪湖北路", code: "360100", cityOnly: true),
        Spelling(text: "小蓝经济技术开发区", code: "360100", cityOnly: true),
        Spelling(text: "井冈山经济技术开发区", code: "360800", cityOnly: true),  // in 吉安, not 井冈山市
        Spelling(text: "江西省吉安市井冈山经开区", code: "360800", cityOnly: true),
        Spelling(text: "龙南经济技术开发区", code: "360783"),  // named after its county-level city
        // Unknown.
        Spelling(text: "高新区", code: nil),
        Spelling(text: "火星市", code: nil),
        Spelling(text: "深圳", code: nil),
        Spelling(text: "广东省深圳市南山区", code: nil),
        Spelling(text: "江西省某某路", code: nil),
        Spelling(text: "瑞金路", code: nil),
        Spelling(text: "", code: nil),
    ]

    @Test(arguments: spellings)
    func eachSpellingGivesItsDivision(_ c: Spelling) {
        let place = PlaceName.read(c.text)
        #expect(place?.code.code == c.code)
        if c.code != nil { #expect(place?.cityOnly == c.cityOnly) }
    }

    @Test func zoneWordsAreKnownButPlaceNothing() {
        #expect(PlaceName.isZoneWord("高新区"))
        #expect(PlaceName.isZoneWord(" 经开区 "))
        #expect(!PlaceName.isZoneWord("赣州经开区"))
    }

    /// Every catalogued division reads back from its own name, and from its name without the
    /// suffix except where the shorter name is a city's.
    @Test func everyCataloguedNameReadsAsItsCode() {
        for (code, name) in RegionCatalog.names {
            #expect(PlaceName.read(name)?.code.code == code, "\(name)")
            guard name.count > 2, let last = name.last, "市区县".contains(last) else { continue }
            let short = String(name.dropLast())
            let expected = ["南昌": "360100", "吉安": "360800"][short] ?? code
            #expect(PlaceName.read(short)?.code.code == expected, "\(short)")
        }
    }
}
