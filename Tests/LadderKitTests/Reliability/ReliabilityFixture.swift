import Foundation
import GRDB
@testable import LadderKit

/// A temporary directory for registry files, removed when the value goes away.
final class RegistryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("ladder-reliability-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// The files in the directory, sorted.
    func files() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() }

    deinit { try? FileManager.default.removeItem(at: url) }
}

enum ReliabilityFixture {
    /// A clock stuck at 2025-06-01 10:02:17 in China.
    static let clock: @Sendable () -> Moment = { moment("2025-06-01T02:02:17Z") }

    /// Firm A (甲公司) and B (乙公司) with events 1 certify A GR202336000123, 2 admit B
    /// 2024360600A0000001, 3 rename A, 4 void 3, 5 revoke A's certificate; a facts version of A
    /// for 2024 and a stored policy.
    @discardableResult
    static func populate(_ registry: Registry) throws -> Registry {
        _ = try registry.add(Codes.a, name: "甲公司", context: context("2025-01-02T00:00:00Z"))
        _ = try registry.add(Codes.b, name: "乙公司", context: context("2025-01-02T00:00:01Z"))
        _ = try registry.certify(Codes.a, number: CertificateNumber(trusted: "GR202336000123"), issued: day("2023-11-22"),
                                 context: context("2025-01-02T00:00:02Z"))
        _ = try registry.admit(Codes.b, number: TsmeNumber(trusted: "2024360600A0000001"), effective: day("2024-05-06"),
                               context: context("2025-01-02T00:00:03Z"))
        _ = try registry.rename(Codes.a, to: "甲新公司", effective: day("2025-03-01"), context: context("2025-01-02T00:00:04Z"))
        _ = try registry.void(eventID: 3, reason: "录入错误", context: context("2025-01-02T00:00:05Z"))
        _ = try registry.revoke(Codes.a, tier: .hnte, effective: day("2025-06-01"), ground: .accident, reason: "重大安全事故",
                                context: context("2025-01-02T00:00:06Z"))
        _ = try registry.setFacts(Codes.a, year: 2024, facts: AnnualFacts(employees: 100),
                                  context: context("2025-01-02T00:00:07Z"))
        _ = try registry.importPolicy(json: try PolicyFixture.text("pass-score-70.json"),
                                      context: context("2025-01-02T00:00:08Z", operator: "王芳"))
        return registry
    }

    /// Runs `sql` on the registry's writer outside any transaction, so PRAGMAs take effect.
    static func plant(_ registry: Registry, _ sql: String) throws {
        try registry.writer.writeWithoutTransaction { try $0.execute(sql: sql) }
    }
}
