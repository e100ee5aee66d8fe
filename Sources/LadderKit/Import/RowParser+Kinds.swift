/// The kind-specific columns: numbers and their days, lists, renames, revocations, facts.
extension RowParser {
    func parseTsme(_ cursor: inout Cursor, into row: inout ParsedRow, required: Bool) {
        guard let text = cursor.text(.tsmeNumber) else {
            if required { cursor.reject(column: cursor.header(.tsmeNumber) ?? "入库登记编号", value: "", "入库登记编号 is empty") }
            return
        }
        let number: TsmeNumber
        do { number = try TsmeNumber(text) } catch { cursor.reject(.tsmeNumber, text, error.description); return }
        let day = cursor.day(.admitted) ?? listDay(&cursor)
        row.tsme = (number, day ?? Day(year: number.year, month: 1, day: 1)!)
        if day == nil { cursor.assumedJanuaryFirst = true }
    }

    func parseCertificate(_ cursor: inout Cursor, into row: inout ParsedRow, required: Bool) {
        guard let text = cursor.text(.certificateNumber) else {
            if required { cursor.reject(column: cursor.header(.certificateNumber) ?? "证书编号", value: "", "证书编号 is empty") }
            return
        }
        let number: CertificateNumber
        do { number = try CertificateNumber(text) } catch { cursor.reject(.certificateNumber, text, error.description); return }
        guard let issued = cursor.day(.issued) ?? listDay(&cursor) else {
            if !cursor.hasError(.issued) {
                cursor.reject(.certificateNumber, text, "\(text) has no issue day, so it cannot be dated: add a 发证日期 "
                    + (kind == .roster ? "column" : "column or give --effective DAY (the day of the list's notice)"))
            }
            return
        }
        if let problem = number.issueDayProblem(issued) {
            cursor.reject(cursor.has(.issued) ? .issued : .certificateNumber, issued.iso, problem)
            return
        }
        row.certificate = (number, issued)
    }

    /// A published list's day (its 生效日期 column or --effective) dates its numbers; on a roster
    /// that day is when renames and moves take effect, never an admission or issue day.
    private func listDay(_ cursor: inout Cursor) -> Day? {
        kind == .roster ? nil : cursor.day(.effective) ?? options.effective
    }

    func parseSelection(_ cursor: inout Cursor, into row: inout ParsedRow) {
        var category = options.category
        if let text = cursor.text(.category) {
            guard let parsed = ListCategory(name: text, tier: options.tier) else {
                let names = ListCategory.allCases.map { "\($0.rawValue) \($0.chineseName)" }.joined(separator: ", ")
                cursor.reject(.category, text, "'\(text)' is not a list category; use one of: \(names)")
                return
            }
            category = parsed
        }
        guard let category else {
            cursor.reject(column: "", value: "", "no category: add a 类别 column or give --category")
            return
        }
        if let tier = options.tier, tier != category.tier {
            cursor.reject(.category, category.rawValue, "category \(category.rawValue) belongs to \(category.tier.rawValue), "
                + "not the --tier \(tier.rawValue) given")
            return
        }
        guard let effective = cursor.day(.effective) ?? options.effective else {
            if !cursor.hasError(.effective) {
                cursor.reject(column: "", value: "", "no effective day: add a 入选日期 column or give --effective DAY")
            }
            return
        }
        let year = cursor.year(.year) ?? options.year ?? effective.year
        row.selection = (category, year, effective)
    }

    func parseRename(_ cursor: inout Cursor, into row: inout ParsedRow) {
        if row.name == nil, !cursor.hasError(.newName) {
            cursor.reject(column: cursor.header(.newName) ?? "现企业名称", value: "", "现企业名称 is empty")
        }
        if let text = cursor.text(.certificateNumber) {
            do { row.certificate = (try CertificateNumber(text), Day.distantFuture) } catch {
                cursor.reject(.certificateNumber, text, error.description)
            }
        }
        guard let day = cursor.day(.effective) ?? options.effective else {
            if !cursor.hasError(.effective) {
                cursor.reject(column: "", value: "", "no effective day for the rename: add a 更名日期 column or give "
                    + "--effective DAY (the day of the notice)")
            }
            return
        }
        row.changeDay = day
    }

    func parseRevocation(_ cursor: inout Cursor, into row: inout ParsedRow) {
        let numberText = cursor.text(.certificateNumber) ?? cursor.text(.tsmeNumber)
        var tier = options.tier
        if let numberText {
            if (try? CertificateNumber(numberText)) != nil { tier = tier ?? .hnte }
            else if (try? TsmeNumber(numberText)) != nil { tier = tier ?? .tsme }
            else { cursor.reject(column: "", value: numberText, "'\(numberText)' is neither a certificate number nor an 入库登记编号"); return }
        }
        guard let tier else {
            cursor.reject(column: "", value: "", "cannot tell which qualification is cancelled: add a 证书编号 column or give --tier")
            return
        }
        var effective = cursor.day(.revokedOn)
        var fromYear = false
        if effective == nil, let year = cursor.year(.cancelYear) {
            effective = Day(year: year, month: 1, day: 1)
            fromYear = true
            cursor.cancelledFromYear = true
        }
        guard let effective = effective ?? options.effective else {
            if !cursor.hasError(.revokedOn) && !cursor.hasError(.cancelYear) {
                cursor.reject(column: "", value: "", "no day from which the qualification is cancelled: add a 取消年度 "
                    + "or 取消日期 column, or give --effective DAY")
            }
            return
        }
        let groundText = cursor.text(.ground)
        let reason = groundText ?? cursor.text(.reason) ?? "取消资格名单 \(fileName)"
        row.revocation = (tier, numberText?.uppercased(), effective, fromYear, RowParser.ground(groundText ?? ""), reason)
    }

    /// The ground of a cancellation from how lists word it.
    static func ground(_ text: String) -> RevocationGround {
        if let slug = RevocationGround(rawValue: text) { return slug }
        if text.containsText("弄虚作假") || text.containsText("虚假") { return .fraud }
        if text.containsText("事故") || text.containsText("环境") { return .accident }
        if text.containsText("年报") || text.containsText("年度发展情况") { return .missedReports }
        if text.containsText("重大变化") || text.containsText("未报告") { return .unreportedChange }
        return .other
    }
}
