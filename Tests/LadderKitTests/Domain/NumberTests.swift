import Testing
@testable import LadderKit

@Suite struct NumberTests {
    @Test func certificateNumber() throws {
        let number = try CertificateNumber("gr202336000123")
        #expect(number.text == "GR202336000123")
        #expect(number.year == 2023)
        #expect(number.province == "36")
    }

    @Test(arguments: ["GR20233600012", "GR2023360001234", "GX202336000123", "GR2023A6000123", "", "GR002336000123"])
    func badCertificateNumbers(_ text: String) {
        #expect(throws: NumberError.self) { try CertificateNumber(text) }
    }

    @Test func tsmeNumber() throws {
        let number = try TsmeNumber("2024341181A8020396")
        #expect(number.year == 2024)
        #expect(number.division == "341181")
    }

    @Test(arguments: ["2024341181a802039", "2024341181-8020396", "202434118128020396X", "20243411A1A8020396",
                      "0024360111A0000001", "9999360111A0000001"])
    func badTsmeNumbers(_ text: String) {
        #expect(throws: NumberError.self) { try TsmeNumber(text) }
    }

    @Test func regions() throws {
        let code = try RegionCode("360111")
        #expect(code.city.code == "360100")
        #expect(code.name == "青山湖区")
        #expect(ReportingRegion(division: code, zone: nil) == .city(RegionCode(trusted: "360100")))
        #expect(ReportingRegion(division: code, zone: .ganjiang).name == "赣江新区")
        #expect(ReportingRegion(division: RegionCode(trusted: "360000"), zone: nil) == .province)
        #expect(ReportingRegion(division: RegionCode(trusted: "440300"), zone: nil).code == "440000")
        #expect(ReportingRegion.reporting.map(\.code) == [
            "360100", "360200", "360300", "360400", "360500", "360600", "360700", "360800", "360900", "361000",
            "361100", "ganjiang",
        ])
        #expect(RegionCode.named("赣州市")?.code == "360700")
        #expect(RegionCode.named("赣州")?.code == "360700")
        #expect(RegionCode.named("章贡区")?.code == "360702")
        #expect(throws: RegionCodeError.self) { try RegionCode("36011") }
    }
}
