/// Why the registry refused a write or could not answer a read. Nothing was written.
public enum RegistryError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownEnterprise(query: String)
    /// No firm has this name, but some come close: `nearest` are "name (code)", best first.
    case unknownName(query: String, nearest: [String], more: Int)
    case ambiguousName(name: String, candidates: [String])
    case notKnownAt(code: String, knownAt: Moment, createdAt: Moment)
    case alreadyRegistered(code: String, name: String)
    case emptyName
    case numberHeldByAnother(number: String, holderCode: String, holderName: String)
    case notValidOnDay(code: String, tier: Tier, day: Day, detail: String)
    case ambiguousQualification(code: String, tier: Tier, day: Day, numbers: [String])
    case conflictingGrant(code: String, number: String, recorded: Day, eventID: Int64, effective: Day)
    case effectiveBeforeStart(tier: Tier, label: String, start: Day, effective: Day)
    case effectiveAfterEnd(tier: Tier, label: String, end: Day, effective: Day)
    case badIssueDay(String)
    case sameName(code: String, name: String)
    case sameLocation(code: String, location: String)
    case unknownEvent(id: Int64)
    case alreadyVoided(id: Int64, voidID: Int64)
    case cannotVoidVoid(id: Int64)
    case conflictingSelection(code: String, tier: Tier, year: Int, existing: ListCategory, eventID: Int64)
    case readmissionBarred(code: String, year: Int, revokedIn: Int, ground: RevocationGround, untilYear: Int)
    case categoryNotInTier(category: ListCategory, tier: Tier)
    case corrupt(detail: String)
    case unknownBatch(id: Int64)
    case batchAlreadyVoided(id: Int64, at: String)
    case targetAlreadySet(id: Int64, label: String)
    case badFacts(code: String, year: Int, problems: [String])
    case badPolicy(PolicyError)
    case policyVersionTaken(id: String, version: Int)
    case promotionRefused(code: String, tier: Tier, verdict: EligibilityVerdict, failed: [String], missing: [String])
    // Corrections of the past and registrations set aside (RegistryError+Corrections.swift).
    case emptyReason
    case nothingToCorrect(code: String)
    case foundedFromStart(code: String, effective: Day)
    case correctionInFuture(effective: Day, today: Day)
    case alreadyCorrected(code: String, detail: String)
    case setAside(code: String, name: String, at: Moment, reason: String)
    case registrationReferenced(code: String, references: [String])
    case registrationAlreadySetAside(code: String, at: Moment)
    case registeredAgainUnderAnotherName(code: String, registered: String, given: String)
    // Reliability: locks, schema versions, files (see docs/reliability.md).
    case busy(holder: WriteLockHolder?)
    case newerSchema(path: String, found: String, known: String)
    case notARegistry(path: String, reason: String)
    case fileExists(path: String)
    case restoreRefused(path: String, problems: [String])
    case fileProblem(path: String, detail: String)

    /// The write found what it would record already there: nothing was written and nothing is
    /// wrong, as when the same certificate is recorded twice (`WriteOutcome.unchanged`).
    public var isAlreadyRecorded: Bool {
        switch self {
        case .alreadyRegistered, .sameName, .sameLocation, .alreadyVoided, .batchAlreadyVoided, .targetAlreadySet, .alreadyCorrected,
             .registrationAlreadySetAside: return true
        default: return false
        }
    }

    public var description: String {
        switch self {
        case let .unknownEnterprise(query):
            return "no enterprise '\(query)' in the registry; add it first"
        case let .unknownName(query, nearest, more):
            let others = more > 0 ? " (\(more) more contain it)" : ""
            return "no enterprise is named '\(query)'; did you mean " + nearest.joined(separator: " or ") + "?" + others
        case let .ambiguousName(name, candidates):
            return "the name '\(name)' matches \(candidates.count) enterprises (\(candidates.joined(separator: "; "))); "
                + "use the credit code instead"
        case let .notKnownAt(code, knownAt, createdAt):
            return "\(code) was not yet in the registry at \(knownAt.iso) (added \(createdAt.iso))"
        case let .alreadyRegistered(code, name):
            return "already recorded: \(code) is registered as '\(name)'; nothing written (a new name or place is "
                + "recorded as a rename or a relocation)"
        case .emptyName:
            return "the name is empty; give the enterprise's registered name"
        case let .numberHeldByAnother(number, holderCode, holderName):
            return "number \(number) is already held by \(holderName) (\(holderCode)); check the number, "
                + "or void that record first if it was wrong"
        case let .notValidOnDay(code, tier, day, detail):
            return "\(code) holds no valid \(tier.rawValue) (\(tier.chineseName)) on \(day.iso): \(detail); nothing to revoke"
        case let .ambiguousQualification(code, tier, day, numbers):
            return "\(code) holds \(numbers.count) valid \(tier.rawValue) qualifications on \(day.iso) "
                + "(\(numbers.joined(separator: ", "))); name one by its number"
        case let .conflictingGrant(code, number, recorded, eventID, effective):
            return "\(code) already holds \(number) from \(recorded.iso) (event #\(eventID)), not \(effective.iso); "
                + "void that event first to correct the day"
        case let .effectiveBeforeStart(tier, label, start, effective):
            return "the effective day \(effective.iso) is before \(tier.rawValue) \(label) started (\(start.iso)); "
                + "give a day on or after \(start.iso)"
        case let .effectiveAfterEnd(tier, label, end, effective):
            return "the effective day \(effective.iso) is after \(tier.rawValue) \(label) ends (\(end.iso)), "
                + "so it would never be valid; check the day and the number's year"
        case let .badIssueDay(problem):
            return problem
        case let .sameName(code, name):
            return "already recorded: \(code) is named '\(name)' on that day; nothing written"
        case let .sameLocation(code, location):
            return "already recorded: \(code) is in \(location) on that day; nothing written"
        case let .unknownEvent(id):
            return "no event #\(id); list a firm's events"
        case let .alreadyVoided(id, voidID):
            return "already recorded: event #\(id) was voided by event #\(voidID); nothing written"
        case let .cannotVoidVoid(id):
            return "event #\(id) is itself a void and cannot be voided; record the original event again instead"
        case let .conflictingSelection(code, tier, year, existing, eventID):
            return "\(code) is already on the \(year) \(tier.rawValue) list as \(existing.rawValue) (event #\(eventID)); "
                + "void that event first to correct the category"
        case let .readmissionBarred(code, year, revokedIn, ground, untilYear):
            return "\(code) had its 科技型中小企业 registration removed in \(revokedIn) (\(ground.rawValue)) and cannot "
                + "be admitted for \(year); the earliest year is \(untilYear)"
        case let .categoryNotInTier(category, tier):
            let allowed = ListCategory.categories(of: tier).map(\.rawValue).joined(separator: ", ")
            return "category '\(category.rawValue)' belongs to \(category.tier.rawValue), not \(tier.rawValue); "
                + "use one of: \(allowed)"
        case let .corrupt(detail):
            return "the registry holds unreadable data (\(detail)); verify it"
        case let .unknownBatch(id):
            return "no import batch \(id); list them"
        case let .targetAlreadySet(id, label):
            return "already recorded: target #\(id) is \(label); nothing written"
        case let .batchAlreadyVoided(id, at):
            return "already recorded: batch \(id) was voided at \(at); nothing written"
        case let .badFacts(code, year, problems):
            return "facts for \(code) in \(year) refused: \(problems.joined(separator: "; "))"
        case let .badPolicy(error):
            return "policy refused: \(error.description)"
        case let .policyVersionTaken(id, version):
            return "policy \(id) v\(version) is already recorded with other content; give the changed policy a new version"
        case let .promotionRefused(code, tier, verdict, failed, missing):
            var text = "\(code) does not meet the \(tier.rawValue) rules (\(verdict.rawValue))"
            if !failed.isEmpty { text += "; failed: " + failed.joined(separator: "; ") }
            if !missing.isEmpty { text += "; enter first: " + missing.joined(separator: ", ") }
            return text + ". Nothing was recorded; to record it anyway, give the reason for overriding the rules"
        case .emptyReason, .nothingToCorrect, .foundedFromStart, .correctionInFuture, .alreadyCorrected, .setAside,
             .registrationReferenced, .registrationAlreadySetAside, .registeredAgainUnderAnotherName:
            return correctionDescription
        case let .busy(holder):
            let who = holder.map { "another ladder process holds the registry's write lock (\($0.summary))" }
                ?? "another process holds the registry's write lock (not a ladder command: it recorded no name)"
            return who + "; try again when it finishes, or wait longer"
        case let .newerSchema(path, found, known):
            return "\(path) was made by a newer ladder (schema \(found), this ladder knows up to \(known)); upgrade ladder"
        case let .notARegistry(path, reason):
            return "\(path) is not a ladder registry (\(reason)); give a registry file, or a backup of one"
        case let .fileExists(path):
            return "\(path) already exists; give another path, or say to replace it"
        case let .restoreRefused(path, problems):
            return "\(path) fails verification with \(problems.count) problem(s), so it was not restored: "
                + problems.prefix(3).joined(separator: "; ") + (problems.count > 3 ? "; …" : "")
        case let .fileProblem(path, detail):
            return "cannot write \(path): \(detail); check the directory exists and is writable"
        }
    }
}
