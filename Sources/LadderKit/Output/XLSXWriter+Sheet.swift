import Foundation

extension XLSXWriter {
    /// Day 61 in Excel's serial calendar; earlier serials count Excel's fictitious 1900-02-29.
    private static let firstSerialDay = Day(year: 1900, month: 3, day: 1)!
    /// Serial of 1970-01-01: add a `Day.ordinal` to get Excel's serial.
    private static let serialOfEpoch = 25_569

    /// Everything before the rows: the used range, the frozen header, and column widths (known
    /// only once all rows are in, which is why the rows are kept apart until `write(to:)`).
    func sheetPrefix() -> String {
        let cols = columns.enumerated().map { index, column in
            let width = column.width ?? Double(min(max(contentWidths[index] + 2, 6), 60))
            let style: String
            switch column.kind {
            case .text: style = " style=\"\(Styles.text)\""
            case .date: style = " style=\"\(Styles.date)\""
            case .integer, .decimal: style = ""
            }
            let n = index + 1
            return "<col min=\"\(n)\" max=\"\(n)\" width=\"\(Self.widthText(width))\"\(style) customWidth=\"1\"/>"
        }
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <dimension ref="\(usedRange)"/>\
            <sheetViews><sheetView tabSelected="1" workbookViewId="0">\
            <pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>\
            <selection pane="bottomLeft" activeCell="A2" sqref="A2"/>\
            </sheetView></sheetViews>\
            <sheetFormatPr defaultRowHeight="15"/>\
            <cols>\(cols.joined())</cols>\
            <sheetData>
            """
    }

    func sheetSuffix() -> String {
        "</sheetData><autoFilter ref=\"\(usedRange)\"/>"
            + "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
            + "</worksheet>"
    }

    private var usedRange: String { "A1:\(references[columns.count - 1])\(rowCount + 1)" }

    func appendHeader() {
        append("<row r=\"1\">")
        for (index, column) in columns.enumerated() {
            appendString(column.header, reference: references[index] + "1", style: Styles.header)
        }
        append("</row>")
    }

    func appendRow(_ row: [Cell], number: Int) {
        let r = String(number)
        append("<row r=\"\(r)\">")
        for (index, cell) in row.enumerated() {
            let column = columns[index]
            let reference = references[index] + r
            let asText = column.kind == .text
            switch cell {
            case .empty:
                continue
            case let .text(text):
                appendString(text, reference: reference, style: Styles.text)
                measure(DisplayWidth.of(text), column: index)
            case let .integer(value):
                let digits = String(value)
                if asText {
                    appendString(digits, reference: reference, style: Styles.text)
                } else {
                    appendNumber(digits, reference: reference, style: styles.numberStyle(in: column, isInteger: true))
                }
                measure(digits.utf8.count, column: index)
            case let .decimal(value):
                guard value.isFinite else { continue }
                let plain = "\(value)"
                if asText {
                    appendString(plain, reference: reference, style: Styles.text)
                    measure(plain.utf8.count, column: index)
                } else {
                    appendNumber(plain, reference: reference, style: styles.numberStyle(in: column, isInteger: false))
                    let shown = column.kind == .decimal ? String(format: "%.\(column.decimalPlaces)f", value) : plain
                    measure(shown.utf8.count, column: index)
                }
            case let .date(day):
                if asText || day < Self.firstSerialDay {
                    appendString(day.iso, reference: reference, style: Styles.text)
                } else {
                    appendNumber(String(day.ordinal + Self.serialOfEpoch), reference: reference, style: Styles.date)
                }
                measure(10, column: index)
            }
        }
        append("</row>")
    }

    private func appendString(_ text: String, reference: String, style: Int) {
        append("<c r=\"\(reference)\" s=\"\(style)\" t=\"inlineStr\"><is>")
        // Without xml:space, readers may strip leading and trailing spaces.
        let keepsSpace = text.first.map { $0.isWhitespace } == true || text.last.map { $0.isWhitespace } == true
        append(keepsSpace ? "<t xml:space=\"preserve\">" : "<t>")
        Self.appendEscaped(text, to: &buffer)
        append("</t></is></c>")
    }

    private func appendNumber(_ value: String, reference: String, style: Int) {
        append("<c r=\"\(reference)\"\(style == Styles.normal ? "" : " s=\"\(style)\"")><v>\(value)</v></c>")
    }

    private func append(_ text: String) { buffer.append(contentsOf: text.utf8) }

    private func measure(_ width: Int, column: Int) {
        if width > contentWidths[column] { contentWidths[column] = width }
    }

    /// `12` or `12.5`: widths with at most one decimal, the same text every time.
    private static func widthText(_ width: Double) -> String {
        let tenths = Int((width * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(tenths % 10)"
    }
}
