import Foundation
#if canImport(Glibc)
import Glibc
#endif
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import LadderKit
import Testing

/// `ladder serve` as an operator runs it: it says where it listens, answers, and stops cleanly on SIGTERM.
@Suite struct ServeCommandTests {
    @Test func servesThenStopsOnSIGTERM() async throws {
        let dir = try TemporaryDirectory()
        let db = dir.path("r.sqlite")
        #expect(try LadderRun.run(["init"], db: db).status == 0)
        // What a server killed mid-upload left: removed at start; a kept batch's files stay.
        let imports = dir.path("r.sqlite.imports")
        try FileManager.default.createDirectory(atPath: imports, withIntermediateDirectories: true)
        let leftovers = ["upload-1F2E", "upload-1F2E.file", "pending-3C4D.rejects.csv"]
        for name in leftovers + ["batch-1.region", "batch-1.rejects.csv"] {
            #expect(FileManager.default.createFile(atPath: imports + "/" + name, contents: Data("x".utf8)))
        }
        let process = try ChildProcess(LadderRun.binary.path, ["serve", "--listen", "127.0.0.1:0", "--db", db],
                                       stdout: .discard, stderr: .pipe)
        let err = FileHandle(fileDescriptor: process.errors!, closeOnDealloc: false)  // readAll closes it
        // The first line on stderr, once it listens: port 0 lets the system choose a free one.
        var first = Data()
        while !first.contains(UInt8(ascii: "\n")) {
            let chunk = err.availableData
            if chunk.isEmpty { break }
            first.append(chunk)
        }
        let line = String(decoding: first, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
        #expect(line.hasPrefix("listening on http://127.0.0.1:"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: imports).sorted() == ["batch-1.region", "batch-1.rejects.csv"])
        let url = try #require(URL(string: String(line.dropFirst("listening on ".count)) + "/healthz"))
        let (body, response) = try await URLSession.shared.data(from: url)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(String(decoding: body, as: UTF8.self) == "{\"status\":\"ok\"}\n")
        process.send(SIGTERM)
        #expect(process.wait() == .exited(0))
        let rest = String(decoding: ChildProcess.readAll(process.errors!), as: UTF8.self)
        #expect(rest.contains("GET /healthz 200 "))
        #expect(rest.contains("account=- client=127.0.0.1"))
    }

    @Test func aPortInUseIsRefusedSayingSo() throws {
        let dir = try TemporaryDirectory()
        let db = dir.path("r.sqlite")
        #expect(try LadderRun.run(["init"], db: db).status == 0)
        // Hold a port the way another program would.
        let holder = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(holder) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
                bind(holder, raw, length) == 0 && listen(holder, 1) == 0 && getsockname(holder, raw, &length) == 0
            }
        }
        try #require(bound)
        let port = Int(UInt16(bigEndian: address.sin_port))
        let run = try LadderRun.run(["serve", "--listen", "127.0.0.1:\(port)"], db: db)
        #expect(run.status == 1)
        #expect(run.stderr == "ladder: 127.0.0.1:\(port) is already in use by another program (another ladder serve?); "
            + "stop it or choose another port with --listen\n")
    }

    @Test func aBadListenAddressIsAUsageError() throws {
        let dir = try TemporaryDirectory()
        let run = try LadderRun.run(["serve", "--listen", "8080"], db: dir.path("r.sqlite"))
        #expect(run.status == 64)
        #expect(run.stderr.contains("--listen '8080' is not host:port; e.g. --listen 127.0.0.1:8080"))
    }
}
