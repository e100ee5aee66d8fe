/// An OPC `.rels` part: relationship id → type and target part.
struct Relationships {
    struct Relationship: Equatable {
        let type: String
        let target: String
    }

    private(set) var byID: [String: Relationship] = [:]
    /// In document order, for lookups by type.
    private(set) var all: [Relationship] = []

    init() {}

    /// Reads `.rels` at `path`, resolving targets from `source` (the part they belong to).
    init(scanner: XMLScanner, source: String) throws {
        while true {
            let token = try scanner.next()
            if token == .endOfDocument { break }
            guard token == .start || token == .empty, scanner.nameIs("Relationship"),
                  let id = scanner.attributeText("Id"), let type = scanner.attributeText("Type"),
                  let target = scanner.attributeText("Target"),
                  scanner.attributeText("TargetMode") != "External" else { continue }
            let relationship = Relationship(type: type, target: WorkbookPackage.resolve(target, from: source))
            byID[id] = byID[id] ?? relationship
            all.append(relationship)
        }
    }

    /// The first target whose type ends with `/suffix` (types differ between transitional and strict OOXML).
    func target(ofType suffix: String) -> String? {
        all.first { $0.type.hasSuffix("/" + suffix) }?.target
    }
}
