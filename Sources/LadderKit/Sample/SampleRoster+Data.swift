/// The places, fields and name parts the sample roster draws from.
extension SampleRoster {
    /// Jiangxi's cities with their counties, from the built-in division catalogue.
    static let cities: [(name: String, counties: [(code: String, name: String)])] = {
        let names = RegionCatalog.names
        return names.keys.filter { $0.hasSuffix("00") && $0 != RegionCatalog.province }.sorted().map { city in
            let prefix = city.prefix(4)
            let counties = names.filter { $0.key.hasPrefix(prefix) && !$0.key.hasSuffix("00") }
                .sorted { $0.key < $1.key }.map { (code: $0.key, name: $0.value) }
            return (names[city]!, counties)
        }
    }()

    static let fields: [(name: String, word: String)] = [
        ("电子信息", "电子科技"), ("生物与新医药", "生物医药"), ("航空航天", "航空科技"), ("新材料", "新材料"),
        ("高技术服务", "检测技术"), ("新能源与节能", "新能源"), ("资源与环境", "环保科技"), ("先进制造与自动化", "智能装备"),
    ]

    static let prefixes = ["江西", "", ""]
    static let words = ["华瑞", "恒泰", "鑫源", "宏达", "盛昌", "众诚", "嘉创", "晟锦", "博远", "赣洪", "章贡", "润泽", "卓越",
                        "旭东", "腾云", "海峰", "睿智", "星辰", "绿洲", "亿辰", "昊霖", "启迪", "思远", "鼎新"]
}
