import Foundation
import HTTPTypes
import HummingbirdTesting
@testable import LadderServer
import Testing

/// /report's Content-Security-Policy allows exactly the report's own inline styles, by the SHA-256
/// of each as served, of the shapes the report writes (the hashes below worked out with `printf … | openssl dgst -sha256 -binary | base64`),
/// never `'unsafe-inline'`.
@Suite struct ReportPolicyTests {
    static let tail = "; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

    struct Case: CustomTestStringConvertible, Sendable {
        let name: String, html: String, policy: String
        var testDescription: String { name }
    }

    @Test(arguments: [
        Case(name: "a style element only", html: "<head><style>\np { color: red; }\n</style></head><p>x</p>",
             policy: "default-src 'none'; style-src 'sha256-XxvrM48FJp9Q9CKKVzvjpKLTjEE/BNuwCcFF7gzbnGM='" + tail),
        // The same attribute twice is one hash; `style="` written as text is escaped and no style.
        Case(name: "an element and attributes",
             html: "<style>\np { color: red; }\n</style><span style=\"background:#1f4e8c\"></span>"
                 + "<i style=\"background:#1f4e8c\"></i><p>a style=&quot;color:red&quot; as text</p>",
             policy: "default-src 'none'; style-src 'unsafe-hashes' 'sha256-OM+e2bo/TGXyrdnE6We5zV8tzGq+tZZLL4RCB0pamIU=' "
                 + "'sha256-XxvrM48FJp9Q9CKKVzvjpKLTjEE/BNuwCcFF7gzbnGM='" + tail),
        // Only the shapes the report writes are hashed (a colour or a width); any other declaration is not.
        Case(name: "an attribute the report never writes", html: "<b style=\"content:&quot;a&amp;b&quot;\"></b>"
                 + "<u style=\"background:url(x)\"></u><i style=\"width:45.3%\"></i>",
             policy: "default-src 'none'; style-src 'unsafe-hashes' 'sha256-se90JnVPjhOtz3f+fCL/IVRwfHdMUPdzLW1vpjhDdgA='" + tail),
        Case(name: "only such attributes", html: "<b style=\"color:red\"></b>", policy: "default-src 'none'; style-src 'none'" + tail),
        Case(name: "no inline style", html: "<p>x</p>", policy: "default-src 'none'; style-src 'none'" + tail),
    ])
    func thePolicyHashesEachInlineStyle(_ c: Case) {
        #expect(ReportPolicy.policy(for: c.html) == c.policy)
    }

    @Test func anEmptyStyleHashesAsTheEmptyString() {
        #expect(ReportPolicy.hashSource("") == "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='")
    }

    /// The page served: its header lists the hash of its `<style>` and of each distinct style
    /// attribute (tier colours, bar widths), nothing inline besides, and no script at all.
    @Test func theReportPagesHeaderAllowsItsOwnStylesOnly() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let session = try await client.pageSession("sheng-viewer")
            let page = try await client.get("/report?\(PageFirmTests.day)", session)
            #expect(page.status == .ok)
            let policy = try #require(page.headers[HTTPField.Name("Content-Security-Policy")!])
            #expect(!policy.contains("unsafe-inline") && !policy.contains("script-src"))
            #expect(policy.hasPrefix("default-src 'none'; style-src 'unsafe-hashes' 'sha256-") && policy.hasSuffix(ReportPolicyTests.tail))
            let styles = ReportPolicy.inlineStyles(page.text)
            #expect(styles.elements.count == 1)
            #expect(styles.elements.first?.contains(".report-tools { margin: 0;") == true)
            // The masthead's stripe of tier colours, 高企's among them.
            #expect(styles.attributes.contains("background:#1f5fad"))
            #expect(policy.contains("'sha256-XfCV92rAuHKwpcFcwW4bGZmn7fQcDIC3i4L5oM8qeiE='"))
            let listed = policy.matches(#"'(sha256-[A-Za-z0-9+/=]+)'"#)
            #expect(Set(listed) == Set((styles.elements + styles.attributes).map { String(ReportPolicy.hashSource($0).dropFirst().dropLast()) }))
            #expect(listed.count == Set(styles.elements + styles.attributes).count)
        }
    }
}
