import Foundation
import HTTPTypes
import HummingbirdTesting
import LadderKit
import LadderServer
import Testing

/// Every write names its account and the client's address; behind a proxy (--trust-proxy) the
/// address is the one the proxy adds to X-Forwarded-For, never one the client wrote there itself.
@Suite struct WriteClientAddressTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var trustProxy: Bool
        var forwardedFor: String?
        var recorded: String
        var testDescription: String { "trust proxy \(trustProxy), X-Forwarded-For \(forwardedFor ?? "none"): \(recorded)" }
    }

    @Test(arguments: [
        // The router tests have no socket, so without a trusted proxy there is no address to tell.
        Case(trustProxy: false, forwardedFor: "203.0.113.7", recorded: "unknown"),
        Case(trustProxy: true, forwardedFor: "203.0.113.7", recorded: "203.0.113.7"),
        Case(trustProxy: true, forwardedFor: "198.51.100.1, 203.0.113.7", recorded: "203.0.113.7"),
        Case(trustProxy: true, forwardedFor: nil, recorded: "unknown"),
    ])
    func theLogNamesTheAccountAndTheClient(_ c: Case) async throws {
        let fixture = try ServerFixture()
        fixture.trustProxy = c.trustProxy
        try await fixture.test { client async throws in
            var headers: HTTPFields = [:]
            if let forwarded = c.forwardedFor { headers[.xForwardedFor] = forwarded }
            let firm = "/api/v1/enterprises/\(ServerFixture.Firm.zhanggong.rawValue)"
            #expect(try await client.write(firm + "/rename", "{\"name\":\"企业新名\",\"effective\":\"2024-06-01\"}",
                                           as: "ganzhou-editor", headers: headers).status == .created)
            #expect(try await client.write(firm + "/facts", "{\"year\":2023,\"employees\":120}",
                                           as: "ganzhou-editor", headers: headers).status == .created)
            #expect(try await client.write("/api/v1/events/6/void", "{\"reason\":\"录入错误\"}",
                                           as: "ganzhou-editor", headers: headers).status == .created)
        }
        // One moment for all three: the log lists events before facts recorded at the same moment.
        let written = try fixture.registry.log().suffix(3)
        #expect(written.map { "\($0.record.rawValue) \($0.operatorName) \($0.clientAddress ?? "-") \($0.source)" } == [
            "event ganzhou-editor \(c.recorded) POST /api/v1/enterprises/91360722MA35G1YK7R/rename",
            "event ganzhou-editor \(c.recorded) POST /api/v1/events/6/void",
            "facts ganzhou-editor \(c.recorded) POST /api/v1/enterprises/91360722MA35G1YK7R/facts",
        ])
        // What the fixture recorded through the library, as a `ladder` command would, has no address.
        #expect(try fixture.registry.log().first?.clientAddress == nil)
    }
}
