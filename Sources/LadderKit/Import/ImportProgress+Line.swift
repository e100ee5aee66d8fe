import Foundation

extension ImportProgress {
    /// The progress bar's line: `roster.csv ██████░░░░ 25%  1,234 rows  5,678 rows/s ` in English,
    /// `… 1,234 行  5,678 行/秒 ` in Chinese; `perSecond` is worked out by the caller, which has the clock.
    public func line(label: String, perSecond: Int, width: Int = 24, in language: Language = .current) -> String {
        let fraction = totalBytes > 0 ? min(Double(bytesRead) / Double(totalBytes), 1) : 0
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        return "\(label) \(bar) " + String(format: "%3.0f%%", fraction * 100) + "  "
            + ImportText.progressRows.text(in: language, ["count": ProseFormat.grouped(rows)]) + "  "
            + ImportText.progressRate.text(in: language, ["count": ProseFormat.grouped(perSecond)]) + " "
    }
}
