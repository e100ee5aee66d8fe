import Foundation

/// A deterministic synthetic Jiangxi roster (same seed, same bytes), so the demo and the
/// benchmarks run on a machine with nothing but this tool. Valid, unique credit codes; about
/// 60% of firms hold a 科小 number and 35% a 高企 certificate, as in real rosters.
public struct SampleRoster {
    public static let headers = [
        "统一社会信用代码", "企业名称", "所属地区", "行政区划代码", "成立日期", "技术领域", "职工总数", "科技人员数",
        "年销售收入(万元)", "资产总额(万元)", "研发费用(万元)", "高新技术产品收入(万元)", "I类知识产权数",
        "II类知识产权数", "科技型中小企业入库编号", "高新技术企业证书编号", "发证日期",
    ]

    private var random: SplitMix64
    private var serial: [Int: Int] = [:]
    private var organisation = 0

    public init(seed: UInt64) { random = SplitMix64(seed: seed) }

    /// Writes `rows` data rows (and the header) as UTF-8 CSV.
    public static func write(rows: Int, seed: UInt64, to path: String) throws {
        try OutputFile.requireWritable(path)
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        defer { try? handle.close() }
        write(rows: rows, seed: seed, to: handle)
    }

    /// Writes `rows` data rows (and the header) as UTF-8 CSV to an open file, e.g. standard output.
    public static func write(rows: Int, seed: UInt64, to handle: FileHandle) {
        var generator = SampleRoster(seed: seed)
        var buffer = headers.joined(separator: ",") + "\n"
        for _ in 0..<rows {
            buffer += generator.nextRow().joined(separator: ",") + "\n"
            if buffer.utf8.count > 1 << 20 {
                handle.write(Data(buffer.utf8))
                buffer = ""
            }
        }
        handle.write(Data(buffer.utf8))
    }

    public mutating func nextRow() -> [String] {
        let (cityName, counties) = SampleRoster.cities[pick(SampleRoster.cities.count)]
        let county = counties[pick(counties.count)]
        let field = SampleRoster.fields[pick(SampleRoster.fields.count)]
        let founded = Day(year: 1995 + pick(30), month: 1 + pick(12), day: 1 + pick(28))!
        let employees = 5 + pick(495)
        let tech = max(1, employees * (5 + pick(50)) / 100)
        let revenue = 50 + pick(30000)          // 万元
        let rd = revenue * (2 + pick(8)) / 100
        let highTech = revenue * (40 + pick(55)) / 100
        organisation += 1
        let code = SampleRoster.creditCode(division: county.code, serial: organisation)
        var tsme = "", certificate = "", issued = ""
        if pick(100) < 60 {
            let year = 2019 + pick(8)
            tsme = "\(year)\(county.code)A" + pad(next(&serial, year), 7)
        }
        if pick(100) < 35, founded.year < 2024 {
            let year = max(founded.year + 2, 2019 + pick(8))
            if year <= 2026 {
                certificate = "GR\(year)36" + pad(next(&serial, 10_000 + year), 6)
                issued = Day(year: year, month: 11 + pick(2), day: 1 + pick(20))!.iso
            }
        }
        let name = SampleRoster.prefixes[pick(SampleRoster.prefixes.count)] + county.name.dropLast()
            + SampleRoster.words[pick(SampleRoster.words.count)] + field.word + "有限公司"
        return [code, name, cityName, county.code, founded.iso, field.name, String(employees), String(tech),
                String(revenue) + ".00", String(revenue * 2) + ".00", String(rd) + ".00", String(highTech) + ".00",
                String(pick(4)), String(pick(12)), tsme, certificate, issued]
    }

    private mutating func pick(_ n: Int) -> Int { Int(random.next() % UInt64(n)) }

    private func next(_ counters: inout [Int: Int], _ key: Int) -> Int {
        counters[key, default: 0] += 1
        return counters[key]!
    }

    private func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    /// A valid code for a firm registered at `division`: 91 + division + an organisation code
    /// (8 characters and its GB 11714 check) + the GB 32100 check character.
    static func creditCode(division: String, serial: Int) -> String {
        var body = Array("MA".utf8)
        var rest = serial
        for _ in 0..<6 {
            body.append(CreditCode.alphabet[rest % 31])
            rest /= 31
        }
        body.append(CreditCode.organisationCheckCharacter(body[...]))
        let first17 = Array(("91" + division).utf8) + body
        return String(decoding: first17 + [CreditCode.checkCharacter(first17[...])], as: UTF8.self)
    }
}
