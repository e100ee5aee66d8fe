import ArgumentParser
import LadderKit

struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Register an enterprise by its 统一社会信用代码.",
        discussion: "Without --region the firm is placed in the division named by its code (positions 3-8).")

    @Argument(help: "统一社会信用代码 (18 characters).", transform: Parse.code) var code: CreditCode
    @Option(help: "Registered name (企业名称).") var name: String
    @Option(help: "Division code (GB/T 2260), e.g. 360111, or a Jiangxi division name.", transform: Parse.region)
    var region: RegionCode?
    @Option(help: "Reporting zone the firm belongs to (赣江新区 = ganjiang).") var zone: Zone?
    @Option(help: "Founding day (成立日期).", transform: Parse.day) var founded: Day?
    @Option(help: "Technology field, e.g. 电子信息.") var field: String?
    @Option(help: "Contact person.") var contact: String?
    @Option(help: "Contact phone.") var phone: String?
    @OptionGroup var registry: RegistryOptions
    @OptionGroup var record: RecordOptions

    func run() throws {
        try Failure.reporting {
            let location = region.map { Location(division: $0, zone: zone) }
                ?? zone.map { Location(division: RegionCode(trusted: code.division), zone: $0) }
            let enterprise = try registry.open().add(
                code, name: name, location: location,
                profile: EnterpriseProfileFields(founded: founded, field: field, contact: contact, phone: phone),
                context: record.context())
            Console.out(WriteText.added.text(["name": enterprise.registeredName, "code": enterprise.creditCode,
                                              "place": enterprise.registeredLocation.label,
                                              "region": enterprise.registeredLocation.reportingRegion.name]))
        }
    }
}
