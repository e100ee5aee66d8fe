import Testing
@testable import LadderKit

/// Registering a firm is an event too: a batch voided sets aside the firms it registered when
/// nothing else refers to them, a firm registered by mistake can be set aside on its own, and a
/// set-aside code registered again takes up the same row.
@Suite struct RegistrationVoidTests {
    /// Batch 1 registers C (with a 科小 number and a certificate) and D (a 科小 number); batch 2, a
    /// certificate list, certifies D.
    static func twoBatches(_ scratch: ImportScratch) throws -> Registry {
        let registry = try Registry.inMemory()
        try importFile(try scratch.copy("clean-roster.csv"), into: registry)
        let list = try scratch.write("hnte-list.csv", """
            统一社会信用代码,企业名称,证书编号,发证日期
            \(ImportCodes.d),南昌嘉创软件有限公司,GR202436000102,2024-12-16
            """)
        try importFile(list, into: registry, at: "2025-03-02T02:00:00Z")
        return registry
    }

    @Test func voidingARegisteringBatchSetsAsideItsFirmsAndKeepsOneAnotherBatchTouched() throws {
        let scratch = try ImportScratch()
        let registry = try RegistrationVoidTests.twoBatches(scratch)
        let report = try registry.voidBatch(1, reason: "导错了文件", context: context("2025-03-05T00:00:00Z"))
        #expect(report == BatchVoidReport(batch: 1, voidedEvents: 3, setAside: [ImportCodes.c], kept: [
            .init(creditCode: ImportCodes.d, name: "南昌嘉创软件有限公司",
                  references: ["event #4 certify 高企 GR202436000102 (batch 2)"]),
        ]))
        #expect(throws: RegistryError.setAside(code: ImportCodes.c, name: "南昌瑞恒电子科技有限公司",
                                               at: moment("2025-03-05T00:00:00Z"), reason: "导错了文件")) {
            try registry.profile(of: ImportCodes.c, asOf: day("2025-03-01"))
        }
        // By name too, and known at a moment before the void it is still there.
        #expect(throws: RegistryError.unknownEnterprise(query: "南昌瑞恒电子科技有限公司")) {
            try registry.profile(of: "南昌瑞恒电子科技有限公司", asOf: day("2025-03-01"))
        }
        #expect(try registry.profile(of: "南昌瑞恒电子科技有限公司", asOf: day("2025-03-01"),
                                     knownAt: moment("2025-03-04T00:00:00Z")).position == .hnte)
        #expect(try registry.profile(of: ImportCodes.d, asOf: day("2025-03-01")).position == .hnte)
        let log = try registry.log().filter { $0.record == .registration }
        #expect(log.map { "\($0.creditCode ?? "") \($0.what) · \($0.source)" }
            == ["\(ImportCodes.c) registration set aside: 导错了文件 · test"])
        #expect(try registry.verify() == [])
    }

    @Test(arguments: EngineUnderTest.kinds)
    func aFirmAddedByMistakeIsSetAsideAndItsCodeRegisteredAgain(_ kind: EngineUnderTest.Kind) throws {
        let registry = try FreshRegistry.on(kind)
        _ = try registry.add(Codes.a, name: "信丰众城矿业有限公司", context: context("2025-01-01T00:00:00Z"))
        let aside = try registry.voidRegistration(Codes.a, reason: "代码录错", context: context("2025-01-02T00:00:00Z"))
        #expect(aside.registeredName == "信丰众城矿业有限公司")
        #expect(throws: RegistryError.setAside(code: Codes.a.text, name: "信丰众城矿业有限公司",
                                               at: moment("2025-01-02T00:00:00Z"), reason: "代码录错")) {
            try registry.certify(Codes.a, number: CertificateNumber(trusted: "GR202336000123"), issued: day("2023-11-22"),
                                 context: context("2025-01-03T00:00:00Z"))
        }
        // Again: already recorded, nothing written.
        #expect(throws: RegistryError.registrationAlreadySetAside(code: Codes.a.text, at: moment("2025-01-02T00:00:00Z"))) {
            try registry.voidRegistration(Codes.a, reason: "代码录错", context: context("2025-01-03T00:00:00Z"))
        }
        #expect(RegistryError.registrationAlreadySetAside(code: Codes.a.text, at: moment("2025-01-02T00:00:00Z"))
            .isAlreadyRecorded)
        // Registered again under another name: refused; under its name, in another place: the same
        // row, with the place corrected from the start.
        #expect(throws: RegistryError.registeredAgainUnderAnotherName(
            code: Codes.a.text, registered: "信丰众城矿业有限公司", given: "江西众城新材料有限公司")) {
            try registry.add(Codes.a, name: "江西众城新材料有限公司", context: context("2025-01-04T00:00:00Z"))
        }
        let again = try registry.add(Codes.a, name: "信丰众城矿业有限公司",
                                     location: Location(division: RegionCode(trusted: "360702")),
                                     context: context("2025-01-05T00:00:00Z"))
        #expect(again.id == aside.id)
        _ = try registry.certify(Codes.a, number: CertificateNumber(trusted: "GR202336000123"), issued: day("2023-11-22"),
                                 context: context("2025-01-06T00:00:00Z"))
        let profile = try registry.profile(of: Codes.a.text, asOf: day("2024-01-01"))
        #expect(profile.position == .hnte)
        #expect(profile.location.division.code == "360702")
        #expect(profile.corrections.map(\.summary) == ["place → 360702 章贡区 from the start"])
        // Known between the void and the new registration, the firm is not there.
        #expect(throws: RegistryError.setAside(code: Codes.a.text, name: "信丰众城矿业有限公司",
                                               at: moment("2025-01-02T00:00:00Z"), reason: "代码录错")) {
            try registry.profile(of: Codes.a.text, asOf: day("2024-01-01"), knownAt: moment("2025-01-04T00:00:00Z"))
        }
        guard kind == .sqlite else { return }  // the log and verify read SQLite only
        #expect(try registry.log().filter { $0.record == .registration }.map(\.what)
            == ["registration set aside: 代码录错", "registered again"])
        #expect(try registry.verify() == [])
    }

    struct ReferenceCase: CustomTestStringConvertible, Sendable {
        let name: String
        /// Void the certificate (event #1) before setting the firm aside.
        let voidCertificate: Bool
        let error: RegistryError?
        var testDescription: String { name }
    }

    @Test(arguments: [
        ReferenceCase(name: "a certificate in force keeps it", voidCertificate: false, error: .registrationReferenced(
            code: Codes.a.text, references: ["event #1 certify 高企 GR202336000123 (ladder certify)"])),
        ReferenceCase(name: "the certificate voided: set aside", voidCertificate: true, error: nil),
    ], EngineUnderTest.kinds)
    func aFirmSomethingRefersToIsKept(_ c: ReferenceCase, on kind: EngineUnderTest.Kind) throws {
        let registry = try FreshRegistry.on(kind)
        _ = try registry.add(Codes.a, name: "信丰众城矿业有限公司", context: context("2025-01-01T00:00:00Z"))
        var at = context("2025-01-01T00:00:01Z")
        at.command = "ladder certify \(Codes.a.text) --number GR202336000123"
        _ = try registry.certify(Codes.a, number: CertificateNumber(trusted: "GR202336000123"), issued: day("2023-11-22"),
                                 context: at)
        if c.voidCertificate {
            _ = try registry.void(eventID: 1, reason: "录入错误", context: context("2025-01-02T00:00:00Z"))
        }
        let write = { try registry.voidRegistration(Codes.a, reason: "代码录错", context: context("2025-01-03T00:00:00Z")) }
        if let error = c.error {
            #expect(throws: error) { try write() }
            #expect(try registry.profile(of: Codes.a.text, asOf: day("2024-01-01")).position == .hnte)
        } else {
            _ = try write()
            #expect(throws: RegistryError.self) { try registry.profile(of: Codes.a.text, asOf: day("2024-01-01")) }
        }
        if kind == .sqlite { #expect(try registry.verify() == []) }  // verify reads SQLite only
    }

    @Test(arguments: EngineUnderTest.kinds)
    func aCorrectionKeepsTheFirmToo(_ kind: EngineUnderTest.Kind) throws {
        let registry = try FreshRegistry.on(kind)
        _ = try registry.add(Codes.a, name: "信丰众城矿业有限公司", context: context("2025-01-01T00:00:00Z"))
        _ = try registry.correct(Codes.a, founded: day("2015-12-01"), effective: nil, reason: "营业执照",
                                 context: context("2025-01-02T00:00:00Z"))
        #expect(throws: RegistryError.registrationReferenced(
            code: Codes.a.text, references: ["correction c1 founded 2015-12-01 (test)"])) {
            try registry.voidRegistration(Codes.a, reason: "代码录错", context: context("2025-01-03T00:00:00Z"))
        }
    }
}
