/// Whether an Excel number format shows a number as a date.
enum NumberFormat {
    /// Built-in formats that are dates or times: 14-22 and 45-47 everywhere, plus 27-36 and
    /// 50-58, which Chinese (and other East Asian) Excel uses for 年月日 dates without writing
    /// their format code into the file.
    static func isBuiltInDate(_ id: Int) -> Bool {
        (14...22).contains(id) || (27...36).contains(id) || (45...47).contains(id) || (50...58).contains(id)
    }

    /// A custom format code is a date if its first section has a year or day token, or a month
    /// token without hours or seconds (else `m` means minutes), outside quoted text, `[...]`
    /// (colours, locales, elapsed time) and escaped characters.
    static func isDate(code: String) -> Bool {
        var year = false, month = false, day = false, hour = false, second = false
        var iterator = code.unicodeScalars.makeIterator()
        scan: while let c = iterator.next() {
            switch c {
            case "\"":
                while let q = iterator.next(), q != "\"" {}
            case "[":
                while let q = iterator.next(), q != "]" {}
            case "\\", "_", "*":
                _ = iterator.next()
            case ";":
                break scan
            case "y", "Y": year = true
            case "m", "M": month = true
            case "d", "D": day = true
            case "h", "H": hour = true
            case "s", "S": second = true
            default: continue
            }
        }
        return year || day || (month && !hour && !second)
    }
}
