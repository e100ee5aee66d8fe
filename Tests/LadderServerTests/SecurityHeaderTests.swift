import HTTPTypes
import HummingbirdTesting
import Testing

/// Every answer, success or refusal, carries the security headers and errors are JSON.
@Suite struct SecurityHeaderTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var method: String
        var uri: String
        var status: Int
        var testDescription: String { "\(method) \(uri) \(status)" }
    }

    static let cases: [Case] = [
        Case(method: "GET", uri: "/healthz", status: 200),
        Case(method: "GET", uri: "/nowhere", status: 404),
        Case(method: "GET", uri: "/api/v1/me", status: 401),
        Case(method: "GET", uri: "/api/v1/stats", status: 401),
        Case(method: "GET", uri: "/api/v1/enterprises/91360722MA35G1YK7R", status: 401),
        Case(method: "POST", uri: "/api/v1/session", status: 400),
        Case(method: "DELETE", uri: "/api/v1/session", status: 401),
    ]

    @Test(arguments: cases)
    func headersOnEveryAnswer(_ request: Case) async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let response = try await client.execute(uri: request.uri, method: HTTPRequest.Method(request.method)!,
                                                    body: request.method == "POST" ? .init(string: "{not json") : nil)
            #expect(response.status.code == request.status)
            #expect(response.headers[HTTPField.Name("Content-Security-Policy")!] == "default-src 'none'; frame-ancestors 'none'")
            #expect(response.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff")
            #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer")
            #expect(response.headers[.contentType] == "application/json; charset=utf-8")
            if request.status >= 400 {
                #expect(response.json.keys.sorted() == ["error"])
            }
        }
    }

    @Test func anUnknownEndpointSaysWhereTheAPIIs() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let response = try await client.get("/nowhere?password=secret")
            #expect(response.text == "{\"error\":\"no such endpoint: GET /nowhere; the API is under /api/v1\"}\n")
        }
    }
}
