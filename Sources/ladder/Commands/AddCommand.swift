import ArgumentParser
import LadderKit

struct AddCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "add", abstract: RecordHelp.addAbstract.text(), discussion: RecordHelp.addDiscussion.text())
    }

    @Argument(help: ArgumentHelp(RecordHelp.addCode, kind: .code), transform: Parse.code) var code: CreditCode
    @Option(help: ArgumentHelp(RecordHelp.addName, kind: .name)) var name: String
    @Option(help: ArgumentHelp(RecordHelp.addRegion, kind: .region), transform: Parse.region)
    var region: RegionCode?
    @Option(help: ArgumentHelp(RecordHelp.addZone, kind: .zone)) var zone: Zone?
    @Option(help: ArgumentHelp(RecordHelp.addFounded, kind: .day), transform: Parse.day) var founded: Day?
    @Option(help: ArgumentHelp(RecordHelp.addField, kind: .field)) var field: String?
    @Option(help: ArgumentHelp(RecordHelp.addContact, kind: .contact)) var contact: String?
    @Option(help: ArgumentHelp(RecordHelp.addPhone, kind: .phone)) var phone: String?
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
