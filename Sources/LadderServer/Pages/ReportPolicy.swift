import Foundation
import LadderKit

/// The report page's Content-Security-Policy. The report carries its styles inline (it is the same
/// self-contained file `ladder report` writes): one `<style>` element and a few `style="…"`
/// attributes (a tier's colour, a bar's width). Rather than `'unsafe-inline'`, the policy allows
/// exactly those, by the SHA-256 of each as served (`'unsafe-hashes'` lets a hash match a style
/// attribute, and only that one). Every value the page shows is escaped, so the attributes are the
/// report's own; should an escaping mistake ever let one through, only the shapes the report writes
/// (`background`, `--accent` or `width` with a colour or a percentage) are hashed, nothing else. No
/// script of any kind.
enum ReportPolicy {
    static func policy(for html: String) -> String {
        let styles = inlineStyles(html)
        let attributes = styles.attributes.filter(isReportShape)
        let sources = Set(styles.elements + attributes).map(hashSource).sorted()
        let hashes = (attributes.isEmpty ? [] : ["'unsafe-hashes'"]) + sources
        return "default-src 'none'; style-src " + (hashes.isEmpty ? "'none'" : hashes.joined(separator: " "))
            + "; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    }

    /// The text of each `<style>` element and the value of each `style` attribute, as the browser
    /// hashes them. Every value the page shows is escaped, so these are the page's own.
    static func inlineStyles(_ html: String) -> (elements: [String], attributes: [String]) {
        var elements: [String] = []
        var rest = html[...]
        while let open = rest.range(of: "<style>"), let close = rest[open.upperBound...].range(of: "</style>") {
            elements.append(String(rest[open.upperBound..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        var attributes: [String] = []
        rest = html[...]
        while let start = rest.range(of: " style=\""), let end = rest[start.upperBound...].firstIndex(of: "\"") {
            attributes.append(String(rest[start.upperBound..<end]))
            rest = rest[rest.index(after: end)...]
        }
        return (elements, attributes)
    }

    /// The one kind of declaration the report puts in a `style` attribute: a tier's colour or a bar's width.
    static func isReportShape(_ style: String) -> Bool {
        (try? reportShape.wholeMatch(in: style)) != nil
    }

    nonisolated(unsafe) private static let reportShape
        = try! Regex("(?:background|--accent|width):(?:#[0-9a-fA-F]{3,8}|[0-9]{1,3}(?:\\.[0-9]+)?%)")

    /// `'sha256-…'`: the base64 of the SHA-256 of the UTF-8 bytes.
    static func hashSource(_ text: String) -> String {
        var digest = LadderKit.SHA256()
        digest.update(Array(text.utf8))
        let hex = Array(digest.finalizeHex().utf8)
        let bytes = stride(from: 0, to: hex.count, by: 2).map { UInt8(String(decoding: hex[$0..<($0 + 2)], as: UTF8.self), radix: 16)! }
        return "'sha256-" + Data(bytes).base64EncodedString() + "'"
    }
}
