import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import LadderKit
import LadderServer
import Testing

/// SIGTERM while an import of 100,000 rows runs through a real `ladder serve`: the server stops,
/// and the batch is in the registry whole (the import finished first) or not at all; `ladder
/// verify` finds nothing wrong either way.
@Suite struct ImportSIGTERMTests {
    static let rows = 100_000

    @Test func sigtermDuringAnImportLeavesTheBatchWholeOrAbsent() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ladder-sigterm-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("r.sqlite").path
        #expect(try LadderCLI.run(["init"], db: db).status == 0)
        let token = Credentials.newToken()
        do {
            let registry = try Registry.open(path: db)
            let context = WriteContext(operatorName: "admin", at: Moment(parsing: "2025-01-01T00:00:00Z", defaultOffsetSeconds: 0)!)
            try registry.addAccount(name: "sheng-editor", role: .editor, region: .province,
                                    passwordHash: Credentials.hash(password: ServerFixture.password, cost: 4), context: context)
            try registry.addToken(name: "sheng-editor", digest: token.digest, context: context)
        }
        let server = try ChildProcess(LadderCLI.binary.path, ["serve", "--listen", "127.0.0.1:0", "--db", db],
                                      stdout: .discard, stderr: .pipe)
        let err = FileHandle(fileDescriptor: server.errors!, closeOnDealloc: true)
        var first = Data()
        while !first.contains(UInt8(ascii: "\n")) {
            let chunk = err.availableData
            if chunk.isEmpty { break }
            first.append(chunk)
        }
        let line = String(decoding: first, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
        try #require(line.hasPrefix("listening on http://127.0.0.1:"), "\(line)")
        let base = String(line.dropFirst("listening on ".count))

        var request = URLRequest(url: URL(string: base + "/api/v1/imports")!)
        request.httpMethod = "POST"
        request.timeoutInterval = 900
        request.setValue("Bearer \(token.token)", forHTTPHeaderField: "Authorization")
        request.setValue("zhanggong.csv", forHTTPHeaderField: "X-Filename")
        let roster = Data(ImportRoster.zhanggong(ImportSIGTERMTests.rows).utf8)
        let upload = Task { () -> Int? in
            let answer = try? await URLSession.shared.upload(for: request, from: roster)
            return (answer?.1 as? HTTPURLResponse)?.statusCode
        }
        // The import is under way once the upload is spooled: its file lies in the import folder.
        let imports = db + ".imports"
        for _ in 0..<600 {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: imports)) ?? []
            if files.contains(where: { $0.hasPrefix("upload-") }) { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        try await Task.sleep(for: .milliseconds(500))
        server.send(SIGTERM)
        let status = await upload.value
        #expect(server.wait() == .exited(0))

        let verify = try LadderCLI.run(["verify"], db: db)
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        let batches = try Registry.open(path: db).importBatches()
        // Whole or absent: one batch holding every row, or none; the client was told 201 only if it landed.
        #expect(batches.isEmpty || batches.map(\.newEnterprises) == [ImportSIGTERMTests.rows], "\(batches.map(\.newEnterprises))")
        if status == 201 { #expect(batches.count == 1) }
        let firms = try LadderCLI.run(["stats", "--tier", "hnte", "--by", "tier", "--as-of", "2024-06-30", "--format", "json"], db: db)
        #expect(firms.stdout.contains(batches.isEmpty ? "\"count\": 0" : "\"count\": 100000"), "\(firms.stdout)")
        print("SIGTERM during an import: upload answered \(status.map(String.init) ?? "nothing"), batches \(batches.count)")
    }
}
