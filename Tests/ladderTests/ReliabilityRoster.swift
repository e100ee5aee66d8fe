import Foundation

/// Rosters written by the tests themselves: valid 统一社会信用代码 built with GB 32100's check
/// (and GB 11714's for the organisation code), so files of any size need no fixture.
enum ReliabilityRoster {
    static let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
    static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    static let organisationWeights = [3, 7, 9, 10, 5, 8, 4, 2]

    /// The enterprise code (`91`) of firm `serial`, registered in `division`.
    static func code(_ serial: Int, division: String = "360100") -> String {
        let body = Array(String(format: "%08d", serial))
        let sum = zip(body, organisationWeights).map { Int(String($0))! * $1 }.reduce(0, +)
        let organisation: Character = switch 11 - sum % 11 {
        case 10: "X"
        case 11: "0"
        case let c: Character(String(c))
        }
        let first17 = Array("91" + division) + body + [organisation]
        let check = zip(first17, weights).map { alphabet.firstIndex(of: $0)! * $1 }.reduce(0, +)
        return String(first17) + String(alphabet[(31 - check % 31) % 31])
    }

    /// A roster: firm `serial` is named 测试企业<serial>有限公司; with `tsmeYear` it was admitted
    /// (入库) that year, with `hnte` it holds certificate GR2023 36 <serial> issued 2023-11-22.
    static func csv(_ serials: ClosedRange<Int>, tsmeYear: Int? = nil, hnte: Bool = false) -> String {
        var lines = ["统一社会信用代码,企业名称,科技型中小企业入库编号,高新技术企业证书编号,发证日期"]
        for serial in serials {
            let tsme = tsmeYear.map { "\($0)360100A\(String(format: "%07d", serial))" } ?? ""
            let certificate = hnte ? "GR202336\(String(format: "%06d", serial))" : ""
            lines.append("\(code(serial)),测试企业\(serial)有限公司,\(tsme),\(certificate),\(hnte ? "2023-11-22" : "")")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func write(_ text: String, to path: String) throws {
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
