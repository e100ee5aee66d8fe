/// The decimal a spreadsheet user sees for a numeric cell. Workbooks store binary doubles, so a
/// typed 583.82 can come back as `583.8200000000001`; Excel shows 15 significant digits, and so
/// do we: the raw text is rounded (half up, on the decimal digits, exactly) to 15 significant
/// digits and written without an exponent.
enum ExcelNumber {
    static let significantDigits = 15

    static func displayText(_ raw: String) -> String {
        var text = Substring(raw)
        var negative = false
        if text.first == "-" { negative = true; text = text.dropFirst() }
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "E" || $0 == "e" }) {
            guard let value = Int(text[text.index(after: e)...]) else { return raw }
            exponent = value
            text = text[..<e]
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.allSatisfy({ $0.allSatisfy { $0 >= "0" && $0 <= "9" } }) else { return raw }
        var digits = Array((parts[0] + (parts.count == 2 ? parts[1] : "")).utf8).map { Int($0) - 48 }
        // Position of the decimal point within `digits`.
        var point = parts[0].count + exponent
        while digits.count > 1, digits.first == 0 { digits.removeFirst(); point -= 1 }
        guard digits.contains(where: { $0 != 0 }) else { return "0" }
        if digits.count > significantDigits {
            let roundUp = digits[significantDigits] >= 5
            digits = Array(digits.prefix(significantDigits))
            if roundUp {
                var i = digits.count - 1
                while i >= 0 {
                    digits[i] += 1
                    if digits[i] < 10 { break }
                    digits[i] = 0
                    i -= 1
                }
                if i < 0 { digits.insert(1, at: 0); point += 1 }
            }
        }
        let whole: String, fraction: String
        if point <= 0 {
            whole = "0"
            fraction = String(repeating: "0", count: -point) + digits.map(String.init).joined()
        } else if point >= digits.count {
            whole = digits.map(String.init).joined() + String(repeating: "0", count: point - digits.count)
            fraction = ""
        } else {
            whole = digits[..<point].map(String.init).joined()
            fraction = digits[point...].map(String.init).joined()
        }
        let trimmed = String(fraction.reversed().drop { $0 == "0" }.reversed())
        return (negative ? "-" : "") + whole + (trimmed.isEmpty ? "" : "." + trimmed)
    }
}
