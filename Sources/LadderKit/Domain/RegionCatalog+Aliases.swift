extension RegionCatalog {
    /// Names people still write for divisions that were renamed or merged, → today's code.
    /// (A code given as digits is kept as given; a name has to be read as the division it names now.)
    static let formerNames: [String: String] = [
        "新建县": "360112",  // 新建区 since 2015
        "红谷滩新区": "360113",  // the 管理区, a 区 since 2019
        "庐山区": "360402",  // renamed 濂溪区 in 2016 (庐山 alone is 庐山市, the former 星子县)
        "九江县": "360404",  // 柴桑区 since 2017
        "星子县": "360483",  // 庐山市 since 2016
        "余江县": "360603",  // 余江区 since 2018
        "南康市": "360703",  // 南康区 since 2013
        "赣县": "360704",  // 赣县区 since 2016
        "龙南县": "360783",  // 龙南市 since 2020
        "东乡县": "361003",  // 东乡区 since 2017
        "广丰县": "361103",  // 广丰区 since 2015
        "上饶县": "361104",  // 广信区 since 2019 (not 上饶市: a 县 is never its city)
    ]

    /// Development zones (经开区, 高新区) have no GB/T 2260 code: a firm in one is placed in the
    /// 设区市 the zone lies in, as a city-only place (a firm already in a county of that city stays
    /// there; a new one takes its credit code's county when that lies in the city). Most zones are
    /// named after their city (赣州经开区, 南昌高新区) and are read as that city followed by a zone
    /// word; listed here are the national zones whose names do not say their city, or would be
    /// misread as a county: 小蓝 lies in 南昌县 (南昌市); 井冈山经开区 lies in 吉安's city
    /// districts, not in 井冈山市.
    static let zoneNames: [String: String] = [
        "小蓝经济技术开发区": "360100", "小蓝经开区": "360100", "小蓝经济开发区": "360100", "小蓝开发区": "360100",
        "小蓝工业园区": "360100", "小蓝工业园": "360100",
        "井冈山经济技术开发区": "360800", "井冈山经开区": "360800", "井冈山经济开发区": "360800", "井开区": "360800",
    ]

    /// Words that name a development zone or park without saying where it is: after a city or
    /// county they add nothing; alone they cannot be placed.
    static let zoneWords: [String] = [
        "高新技术产业开发区", "经济技术开发区", "高新技术开发区", "经济开发区", "高新区", "经开区", "开发区",
        "工业园区", "产业园区", "工业园", "高新",
    ]
}
