/// The kind-specific columns: numbers and their days, lists, renames, revocations, facts.
extension RowParser {
    func parseTsme(_ cursor: inout Cursor, into row: inout ParsedRow, required: Bool) {
        guard let text = cursor.text(.tsmeNumber) else {
            if required { cursor.reject(column: cursor.header(.tsmeNumber) ?? "入库登记编号", value: "", ImportProblemText.tsmeEmpty.text()) }
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
            if required { cursor.reject(column: cursor.header(.certificateNumber) ?? "证书编号", value: "", ImportProblemText.certificateEmpty.text()) }
            return
        }
        let number: CertificateNumber
        do { number = try CertificateNumber(text) } catch { cursor.reject(.certificateNumber, text, error.description); return }
        guard let issued = cursor.day(.issued) ?? listDay(&cursor) else {
            if !cursor.hasError(.issued) {
                let fix: ImportProblemText = kind == .roster ? .noIssueDayColumn : .noIssueDayColumnOrOption
                cursor.reject(.certificateNumber, text, ImportProblemText.noIssueDay.text(["number": text, "fix": fix.text()]))
            }
            return
        }
        if number.issueDayProblem(issued) != nil {
            cursor.reject(cursor.has(.issued) ? .issued : .certificateNumber, issued.iso, number.issueDayProblem(issued) ?? "")
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
                let names = ListCategory.allCases.map { "\($0.rawValue) \($0.chineseName)" }
                cursor.reject(.category, text, ImportProblemText.notACategory.text(
                    ["value": text, "names": names.joined(separator: ImportText.listJoin.text())]))
                return
            }
            category = parsed
        }
        guard let category else {
            cursor.reject(column: "", value: "", ImportProblemText.noCategory.text())
            return
        }
        if let tier = options.tier, tier != category.tier {
            cursor.reject(.category, category.rawValue, ImportProblemText.categoryTier.text(
                ["category": category.rawValue, "tier": category.tier.rawValue, "given": tier.rawValue]))
            return
        }
        guard let effective = cursor.day(.effective) ?? options.effective else {
            if !cursor.hasError(.effective) {
                cursor.reject(column: "", value: "", ImportProblemText.noSelectionDay.text())
            }
            return
        }
        let year = cursor.year(.year) ?? options.year ?? effective.year
        row.selection = (category, year, effective)
    }

    func parseRename(_ cursor: inout Cursor, into row: inout ParsedRow) {
        if row.name == nil, !cursor.hasError(.newName) {
            cursor.reject(column: cursor.header(.newName) ?? "现企业名称", value: "", ImportProblemText.newNameEmpty.text())
        }
        if let text = cursor.text(.certificateNumber) {
            do { row.certificate = (try CertificateNumber(text), Day.distantFuture) } catch {
                cursor.reject(.certificateNumber, text, error.description)
            }
        }
        guard let day = cursor.day(.effective) ?? options.effective else {
            if !cursor.hasError(.effective) {
                cursor.reject(column: "", value: "", ImportProblemText.noRenameDay.text())
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
            else { cursor.reject(column: "", value: numberText, ImportProblemText.neitherNumber.text(["value": numberText])); return }
        }
        guard let tier else {
            cursor.reject(column: "", value: "", ImportProblemText.cannotTellTier.text())
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
                cursor.reject(column: "", value: "", ImportProblemText.noCancelDay.text())
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
