/// Days, counts and money in sentences, as each language writes them: 2025年12月31日 and 1,234 家
/// in Chinese prose, 2025-12-31 and 1,234 firms in English. Tables keep ISO days; machine-read
/// output never goes through here.
public enum ProseFormat {
    public static func day(_ day: Day, in language: Language = .current) -> String {
        switch language {
        case .zh: "\(day.year)年\(day.month)月\(day.day)日"
        case .en: day.description
        }
    }

    /// A count of firms: `1,234 家` / `1,234 firms` (`1 firm`).
    public static func firms(_ count: Int, in language: Language = .current) -> String {
        switch language {
        case .zh: "\(grouped(count)) 家"
        case .en: "\(grouped(count)) firm\(count == 1 ? "" : "s")"
        }
    }

    /// Thousands separated by commas, as both languages' official statistics write them.
    public static func grouped(_ count: some BinaryInteger) -> String {
        let digits = String(count.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return count < 0 ? "-" + out : out
    }
}
