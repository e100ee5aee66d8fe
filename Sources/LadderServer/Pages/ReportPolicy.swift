import Foundation
import LadderKit

/// The report page's Content-Security-Policy. The report carries its styles inline (it is the same
/// self-contained file `ladder report` writes): one `<style>` element and a few `style="…"`
/// attributes (a tier's colour, a bar's width). Rather than `'unsafe-inline'`, the policy allows
/// exactly those, by the SHA-256 of each as served (`'unsafe-hashes'` lets a hash match a style
/// attribute, and only that one); anything else inline — an injected style — is refused. No
/// script of any kind.
enum ReportPolicy {
    static func policy(for html: String) -> String {
        let styles = inlineStyles(html)
        let sources = Set(styles.elements + styles.attributes).map(hashSource).sorted()
        let hashes = (styles.attributes.isEmpty ? [] : ["'unsafe-hashes'"]) + sources
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
            attributes.append(unescaped(String(rest[start.upperBound..<end])))
            rest = rest[rest.index(after: end)...]
        }
        return (elements, attributes)
    }

    /// `'sha256-…'`: the base64 of the SHA-256 of the UTF-8 bytes.
    static func hashSource(_ text: String) -> String {
        var digest = LadderKit.SHA256()
        digest.update(Array(text.utf8))
        let hex = Array(digest.finalizeHex().utf8)
        let bytes = stride(from: 0, to: hex.count, by: 2).map { UInt8(String(decoding: hex[$0..<($0 + 2)], as: UTF8.self), radix: 16)! }
        return "'sha256-" + Data(bytes).base64EncodedString() + "'"
    }

    /// An attribute's value as the browser reads it (the few entities an escaper writes).
    private static func unescaped(_ value: String) -> String {
        guard value.contains("&") else { return value }
        return value.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
