import Foundation
import GRDB
import Testing
@testable import LadderKit

/// Fixtures under `Fixtures/import/`, each named after the defect it carries (see its README).
enum ImportFixture {
    static func path(_ name: String) -> String {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures/import/\(name)").path
    }
}

/// A fresh directory per test: fixtures are copied in so the rejects file written beside the
/// input lands here, never in the test bundle.
final class ImportScratch {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("ladder-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Copies a committed fixture here; returns the copy's path.
    func copy(_ fixture: String) throws -> String {
        let target = path(fixture)
        try FileManager.default.copyItem(atPath: ImportFixture.path(fixture), toPath: target)
        return target
    }

    func write(_ name: String, _ text: String) throws -> String {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path(name)))
        return path(name)
    }

    func read(_ name: String) throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: path(name))), as: UTF8.self)
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// The moment every import in these tests is recorded at (10:00 on 2025-03-01 in China).
let importMoment = "2025-03-01T02:00:00Z"

/// Imports `path` into `registry` as the CLI would, with a fixed operator and clock.
@discardableResult
func importFile(_ path: String, into registry: Registry, at: String = importMoment,
                _ configure: (inout ImportOptions) -> Void = { _ in }) throws -> ImportReport {
    var options = ImportOptions()
    configure(&options)
    let when = moment(at)
    let importer = Importer(registry: registry, options: options,
                            context: WriteContext(operatorName: "importer", at: when), clock: { when })
    return try importer.run(path: path)
}

extension Registry {
    /// `SELECT count(*) FROM table [WHERE …]`, for what an import left in the database.
    func count(_ table: String, where condition: String = "1 = 1") throws -> Int {
        try reading { c in Int(try c.int64("SELECT count(*) FROM \(table) WHERE \(condition)") ?? 0) }
    }

    /// The registry's size in the units an import changes.
    func tally() throws -> Tally {
        Tally(enterprises: try count("enterprise"), events: try count("event"), facts: try count("fact"),
              batches: try count("import_batch"))
    }
}

struct Tally: Equatable, CustomStringConvertible {
    var enterprises: Int, events: Int, facts: Int, batches: Int
    var description: String { "\(enterprises) firms, \(events) events, \(facts) facts, \(batches) batches" }
}

/// A qualification as the tests state it: tier, number, first and last valid day.
struct Held: Equatable, CustomStringConvertible {
    let tier: Tier
    let number: String?
    let start: String
    let end: String?
    var description: String { "\(tier.rawValue) \(number ?? "-") \(start)…\(end ?? "open")" }
}

/// What one firm must look like after an import, read back through the registry's public reads.
struct StoredFirm: Sendable, CustomStringConvertible {
    let code: String
    let name: String
    var founded: String? = nil
    var division: String? = nil
    var facts: [Int: AnnualFacts] = [:]
    var held: [HeldSpec] = []

    struct HeldSpec: Sendable { let tier: Tier; let number: String?; let start: String; let end: String? }

    var description: String { "\(code) \(name)" }

    /// Checks the firm as stored, on 2025-03-01.
    func verify(in registry: Registry, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let profile = try registry.profile(of: code, asOf: day("2025-03-01"))
        #expect(profile.name == name, sourceLocation: sourceLocation)
        #expect(profile.enterprise.profile.founded?.iso == founded, sourceLocation: sourceLocation)
        if let division {
            #expect(profile.location.division.code == division, sourceLocation: sourceLocation)
        }
        let stored = try registry.facts(of: code).byYear
        #expect(stored == facts, "facts of \(code)", sourceLocation: sourceLocation)
        let qualifications = profile.qualifications.map {
            Held(tier: $0.qualification.tier, number: $0.qualification.number, start: $0.qualification.start.iso,
                 end: $0.qualification.end?.iso)
        }
        #expect(qualifications == held.map { Held(tier: $0.tier, number: $0.number, start: $0.start, end: $0.end) },
                sourceLocation: sourceLocation)
    }
}

/// Shorthand for literal issues in expectations.
func rejected(_ row: Int, _ column: String, _ value: String, _ message: String) -> ImportIssue {
    ImportIssue(row: row, column: column, value: value, message: message)
}

func warned(_ row: Int, _ column: String, _ value: String, _ message: String) -> ImportIssue {
    ImportIssue(row: row, column: column, value: value, message: message, severity: .warning)
}

/// Valid codes for import fixtures beyond `Codes` (check characters worked out with GB 32100's
/// and GB 11714's weights; see Fixtures/import/make-fixtures.py).
enum ImportCodes {
    static let a = "91360722MA35G1YK7R"  // 信丰县 360722
    static let b = "9136060006346630XD"  // 鹰潭市 360600
    static let c = "91360102MA35A1B20A"  // 东湖区 360102
    static let d = "91360111MA38C4D5XG"  // 青山湖区 360111
    static let e = "91360702MA3E6F7G4T"  // 章贡区 360702
    static let f = "913609021234567883"  // 袁州区 360902, digits only
    static let g = "91361002MA35H8J96U"  // 临川区 361002
    static let h = "91360402MA39K1L223"  // 濂溪区 360402
    static let i = "91360502MA3AM3N49U"  // 渝水区 360502

    /// A valid code for the n-th filler firm (n < 10000): 91360722, an organisation code
    /// 1000nnnn with its check character, the code's check character.
    static func filler(_ n: Int) -> CreditCode {
        let body = Array(String(format: "1000%04d", n).utf8)
        var bytes = Array("91360722".utf8) + body
        bytes.append(CreditCode.organisationCheckCharacter(body))
        bytes.append(CreditCode.checkCharacter(bytes[0..<17]))
        return try! CreditCode(String(decoding: bytes, as: UTF8.self))
    }
}
