import Testing
@testable import ladder

@Suite struct HelpTests {
    @Test func rootListsEveryCommand() {
        let help = Ladder.helpMessage()
        for name in ["init", "add", "admit", "certify", "select", "revoke", "rename", "relocate", "void", "show"] {
            #expect(help.contains("  \(name)"), "help lists \(name)")
        }
    }
}
