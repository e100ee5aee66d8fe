/// Typed values from cell text, never guessed: each failure says why and what would be valid.
enum ValueParser {
    static func integer(_ text: String) -> Result<Int, ValueProblem> {
        if text.utf8.count <= 15, !text.utf8.isEmpty, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
            return .success(text.utf8.reduce(0) { $0 * 10 + Int($1 - 48) })
        }
        if let marker = approximation(in: text) { return .failure(.approximate(marker: marker)) }
        var value = 0, digits = 0
        var utf8 = Substring(text).utf8[...]
        // A trailing counting unit (人, 个, 件, 项, 家) is allowed.
        for unit in ["人", "个", "件", "项", "家"] where text.hasSuffix(unit) { utf8 = utf8.dropLast(unit.utf8.count) }
        var fraction = false
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if fraction {
                    guard byte == UInt8(ascii: "0") else { return .failure(.notAWholeNumber) }
                    continue
                }
                guard digits < 15 else { return .failure(.notAWholeNumber) }
                value = value * 10 + Int(byte - 48)
                digits += 1
            case UInt8(ascii: ","): guard digits > 0, !fraction else { return .failure(.notAWholeNumber) }
            case UInt8(ascii: "."): guard digits > 0, !fraction else { return .failure(.notAWholeNumber) }
                fraction = true
            default: return .failure(.notAWholeNumber)
            }
        }
        return digits > 0 ? .success(value) : .failure(.notAWholeNumber)
    }

    /// Money in yuan; a bare number is in 万元 or 元 as the column's header says.
    static func money(_ text: String, defaultWan: Bool) -> Result<Int64, ValueProblem> {
        do {
            return .success(try Money.parse(text, bareUnit: defaultWan ? .wan : .yuan).money.yuan)
        } catch {
            return .failure(.money(error.description))
        }
    }

    /// A day from its text; an Excel serial is accepted only where `serials` allows (date columns).
    static func day(_ cell: CellValue, text: String, serials: Bool) -> Result<(Day, fromSerial: Bool), ValueProblem> {
        if case let .date(day) = cell { return .success((day, false)) }
        if let day = DayParser.parse(text) { return .success((day, false)) }
        if serials, let serial = Int(text), let day = excelSerial(serial) { return .success((day, true)) }
        if case .number = cell, let serial = Double(text), serial == serial.rounded(), let day = excelSerial(Int(serial)) {
            return .success((day, true))
        }
        return .failure(.notADay)
    }

    /// Excel's 1900 date system (serial 61 = 1900-03-01), limited to plausible registry days.
    static func excelSerial(_ serial: Int) -> Day? {
        guard (367...110_000).contains(serial) else { return nil }
        return Day(year: 1899, month: 12, day: 30)!.adding(days: serial)
    }

    static func year(_ text: String) -> Result<Int, ValueProblem> {
        var body = text
        if body.hasSuffix("年度") { body.removeLast(2) } else if body.hasSuffix("年") { body.removeLast() }
        guard let year = Int(body), (1990...2200).contains(year) else { return .failure(.notAYear) }
        return .success(year)
    }

    /// The marker that makes a number approximate (约500, 500左右, 500+, >500, ~500, 100-200), if any.
    /// Scans scalars without Foundation: this runs for every figure of every row.
    static func approximation(in text: String) -> String? {
        var isFirst = true
        for scalar in text.unicodeScalars {
            defer { isFirst = false }
            switch scalar {
            case "-" where isFirst: continue  // a sign, not a range
            case "约", "多", "余", "~", "～", "+", ">", "<", "≈", "—", "至", "到", "-": return String(scalar)
            case "左", "右": return "左右"
            case "以": return "以上"
            default: continue
            }
        }
        return nil
    }
}

/// Why a cell's value could not be read.
enum ValueProblem: Error, Equatable {
    case approximate(marker: String)
    case notAWholeNumber
    case notADay
    case notAYear
    case money(String)
    case other(String)

    func message(value: String) -> String {
        switch self {
        case let .approximate(marker):
            return "'\(value)' is approximate ('\(marker)'); enter the exact figure"
        case .notAWholeNumber:
            return "'\(value)' is not a whole number; enter digits only, e.g. 120"
        case .notADay:
            return "'\(value)' is not a day; write it as 2023-05-06 (2023/5/6 and 2023年5月6日 are read too)"
        case .notAYear:
            return "'\(value)' is not a year; write four digits, e.g. 2024"
        case let .money(reason), let .other(reason):
            return reason
        }
    }
}
