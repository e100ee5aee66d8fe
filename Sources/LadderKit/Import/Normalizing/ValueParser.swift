/// Typed values from cell text, never guessed: each failure says why and what would be valid.
enum ValueParser {
    static func integer(_ text: String) -> Result<Int, ValueProblem> {
        if text.utf8.count <= 15, !text.utf8.isEmpty, let number = text.utf8.withContiguousStorageIfAvailable(plainDigits),
           let number {
            return .success(number)
        }
        if text.utf8.count <= 15, !text.utf8.isEmpty, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
            return .success(text.utf8.reduce(0) { $0 * 10 + Int($1 - 48) })
        }
        if let marker = approximation(in: text) { return .failure(.approximate(marker: marker)) }
        var value = 0, digits = 0
        var utf8 = Substring(text).utf8[...]
        // A trailing counting unit (人, 个, 件, 项, 家) is allowed.
        for unit in ["人", "个", "件", "项", "家"] where text.hasSuffix(unit) { utf8 = utf8.dropLast(unit.utf8.count) }
        // Thousands separators group three digits (1,234,567): `group` counts the digits since the last one.
        var fraction = false, grouped = false, group = 0
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
                group += 1
            case UInt8(ascii: ","):
                guard digits > 0, !fraction, grouped ? group == 3 : group <= 3 else { return .failure(.notAWholeNumber) }
                grouped = true
                group = 0
            case UInt8(ascii: "."):
                guard digits > 0, !fraction, !grouped || group == 3 else { return .failure(.notAWholeNumber) }
                fraction = true
            default: return .failure(.notAWholeNumber)
            }
        }
        guard digits > 0, !grouped || fraction || group == 3 else { return .failure(.notAWholeNumber) }
        return .success(value)
    }

    /// Digits only (at most 15, checked by the caller), read on the bytes; nil for anything else.
    private static func plainDigits(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var value = 0
        for byte in bytes {
            guard byte >= 48, byte <= 57 else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return value
    }

    /// A yes/no fact: 是/否, 有/无, √/×, ✓/✗, Y/N, yes/no, true/false, 1/0 (full-width folded
    /// by `CellText` first; letters in any case).
    static func flag(_ text: String) -> Result<Bool, ValueProblem> {
        switch text.lowercased() {
        case "是", "有", "√", "✓", "✔", "y", "yes", "true", "1": return .success(true)
        case "否", "无", "×", "✗", "✘", "n", "no", "false", "0": return .success(false)
        default: return .failure(.notAFlag)
        }
    }

    /// A score of at most `maximum` points, exact to hundredths (70.5, 70.5分).
    static func score(_ text: String, maximum: Points) -> Result<Points, ValueProblem> {
        guard let points = Points(entered: text) else {
            if let marker = approximation(in: text), !text.hasPrefix("-") { return .failure(.approximate(marker: marker)) }
            return .failure(.notAScore(maximum: maximum))
        }
        guard points >= .zero, points <= maximum else { return .failure(.scoreOutOfRange(maximum: maximum)) }
        return .success(points)
    }

    /// Money in yuan; a bare number is in the unit the column's header names (万元 when it names
    /// none); a unit written in the cell wins. Only net assets (`allowNegative`) may be below zero.
    static func money(_ text: String, unit: HeaderMatcher.MoneyUnit, allowNegative: Bool = false)
        -> Result<Int64, ValueProblem> {
        let bare: Money.Unit
        switch unit {
        case .yuan: bare = .yuan
        case .wan: bare = .wan
        case .yi, .thousand: bare = .yi
        case let .unsupported(name):
            return .failure(.unsupportedUnit(name))
        }
        do {
            let parsed = try Money.parse(text, bareUnit: bare, allowNegative: allowNegative)
            guard unit == .thousand, !parsed.unitWritten else { return .success(parsed.money.yuan) }
            // 千元: read in 亿元 (exact to 10⁻⁸), then 1 千元 = 10⁻⁵ 亿元.
            let (yuan, rest) = parsed.money.yuan.quotientAndRemainder(dividingBy: 100_000)
            guard rest == 0 else {
                var digits = String(rest.magnitude)
                digits = String(repeating: "0", count: 5 - digits.count) + digits
                while digits.hasSuffix("0") { digits.removeLast() }
                let sign = parsed.money.yuan < 0 && yuan == 0 ? "-" : ""
                return .failure(.fractionOfYuan(amount: "\(sign)\(yuan).\(digits)"))
            }
            return .success(yuan)
        } catch {
            return .failure(.money(error))
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

    /// Excel's 1900 date system (serial 61 = 1900-03-01), limited to plausible registry days:
    /// 1950-01-01 (18264) to 2201. A year typed alone in a date column (2015) is not a day of 1905.
    static func excelSerial(_ serial: Int) -> Day? {
        guard (18_264...110_000).contains(serial) else { return nil }
        return Day(year: 1899, month: 12, day: 30)!.adding(days: serial)
    }

    static func year(_ text: String) -> Result<Int, ValueProblem> {
        var body = text
        if body.hasSuffix("年度") { body.removeLast(2) } else if body.hasSuffix("年") { body.removeLast() }
        guard let year = Int(body), (1990...2200).contains(year) else { return .failure(.notAYear) }
        return .success(year)
    }

    /// The marker that makes a number approximate (约500, 500左右, 100人以下, 不足100, 500+, >500, ~500,
    /// 100-200), if any. Scans scalars without Foundation; only figures that are not plain digits get here.
    static func approximation(in text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        for (i, scalar) in scalars.enumerated() {
            let next = i + 1 < scalars.count ? scalars[i + 1] : nil
            switch scalar {
            case "-" where i == 0: continue  // a sign, not a range
            case "约", "近", "逾", "多", "余", "~", "～", "+", ">", "<", "≥", "≤", "≈", "—", "至", "到", "-":
                return String(scalar)
            case "左" where next == "右", "上" where next == "下", "超" where next == "过",
                 "以" where next == "上" || next == "下" || next == "内", "不" where next == "足" || next == "到":
                return String(scalar) + String(next!)
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
    case notAFlag
    case notAScore(maximum: Points)
    case scoreOutOfRange(maximum: Points)
    /// The money parser's own reason, said in the reader's language when the message is made.
    case money(Money.ParseError)
    case unsupportedUnit(String)
    case fractionOfYuan(amount: String)

    func message(value: String) -> String {
        switch self {
        case let .approximate(marker): ImportProblemText.approximate.text(["value": value, "marker": marker])
        case .notAWholeNumber: ImportProblemText.notAWholeNumber.text(["value": value])
        case .notADay: ImportProblemText.notADay.text(["value": value])
        case .notAYear: ImportProblemText.notAYear.text(["value": value])
        case .notAFlag: ImportProblemText.notAFlag.text(["value": value])
        case let .notAScore(maximum): ImportProblemText.notAScore.text(["value": value, "max": maximum])
        case let .scoreOutOfRange(maximum): ImportProblemText.scoreOutOfRange.text(["value": value, "max": maximum])
        case let .money(error): error.description
        case let .unsupportedUnit(name): ImportProblemText.unsupportedUnit.text(["unit": name])
        case let .fractionOfYuan(amount): ImportProblemText.fractionOfYuan.text(["value": value, "amount": amount])
        }
    }
}
