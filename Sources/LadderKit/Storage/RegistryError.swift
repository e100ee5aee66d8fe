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
    case promotionRefused(code: String, tier: Tier, verdict: EligibilityVerdict, failed: [Criterion], missing: [String])
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
    /// A SQLite-only read or write was asked of a registry on a database server.
    case notOnServer(address: String, operation: String)

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
        typealias T = RegistryErrorText
        let zh = Language.current == .zh
        /// The tier as the sentence names it: 高新技术企业 in Chinese, the slug `hnte` in English.
        func day(_ day: Day) -> String { ProseFormat.day(day) }
        let separator = T.listSeparator.text()
        switch self {
        case let .unknownEnterprise(query):
            return T.unknownEnterprise.text(["query": query])
        case let .unknownName(query, nearest, more):
            return T.unknownName.text(["query": query, "nearest": nearest.joined(separator: T.or.text())])
                + (more > 0 ? T.unknownNameMore.text(["more": more]) : "")
        case let .ambiguousName(name, candidates):
            return T.ambiguousName.text(["name": name, "count": candidates.count, "candidates": candidates.joined(separator: separator)])
        case let .notKnownAt(code, knownAt, createdAt):
            return T.notKnownAt.text(["code": code, "knownAt": knownAt.iso, "createdAt": createdAt.iso])
        case let .alreadyRegistered(code, name):
            return T.alreadyRegistered.text(["code": code, "name": name])
        case .emptyName:
            return T.emptyName.text()
        case let .numberHeldByAnother(number, holderCode, holderName):
            return T.numberHeldByAnother.text(["number": number, "holderName": holderName, "holderCode": holderCode])
        case let .notValidOnDay(code, tier, on, detail):
            return T.notValidOnDay.text(["code": code, "tier": tier.rawValue, "tierName": tier.chineseName, "day": day(on),
                                         "detail": detail])
        case let .ambiguousQualification(code, tier, on, numbers):
            return T.ambiguousQualification.text(["code": code, "count": numbers.count, "tier": tier.word, "day": day(on),
                                                  "numbers": numbers.joined(separator: zh ? "、" : ", ")])
        case let .conflictingGrant(code, number, recorded, eventID, effective):
            return T.conflictingGrant.text(["code": code, "number": number, "recorded": day(recorded), "eventID": eventID,
                                            "effective": day(effective)])
        case let .effectiveBeforeStart(tier, label, start, effective):
            return T.effectiveBeforeStart.text(["effective": day(effective), "tier": tier.word, "label": label,
                                                "start": day(start)])
        case let .effectiveAfterEnd(tier, label, end, effective):
            return T.effectiveAfterEnd.text(["effective": day(effective), "tier": tier.word, "label": label, "end": day(end)])
        case let .badIssueDay(problem):
            return problem
        case let .sameName(code, name):
            return T.sameName.text(["code": code, "name": name])
        case let .sameLocation(code, location):
            return T.sameLocation.text(["code": code, "location": location])
        case let .unknownEvent(id):
            return T.unknownEvent.text(["id": id])
        case let .alreadyVoided(id, voidID):
            return T.alreadyVoided.text(["id": id, "voidID": voidID])
        case let .cannotVoidVoid(id):
            return T.cannotVoidVoid.text(["id": id])
        case let .conflictingSelection(code, tier, year, existing, eventID):
            return T.conflictingSelection.text(["code": code, "year": year, "tier": tier.word,
                                                "category": zh ? existing.chineseName : existing.rawValue, "eventID": eventID])
        case let .readmissionBarred(code, year, revokedIn, ground, untilYear):
            return T.readmissionBarred.text(["code": code, "revokedIn": revokedIn, "ground": ground.word,
                                             "year": year, "untilYear": untilYear])
        case let .categoryNotInTier(category, tier):
            let allowed = ListCategory.categories(of: tier).map(\.rawValue).joined(separator: ", ")
            return T.categoryNotInTier.text(["category": category.rawValue, "categoryTier": category.tier.word,
                                             "tier": tier.word, "allowed": allowed])
        case let .corrupt(detail):
            return T.corrupt.text(["detail": detail])
        case let .unknownBatch(id):
            return T.unknownBatch.text(["id": id])
        case let .targetAlreadySet(id, label):
            return T.targetAlreadySet.text(["id": id, "label": label])
        case let .batchAlreadyVoided(id, at):
            return T.batchAlreadyVoided.text(["id": id, "at": at])
        case let .badFacts(code, year, problems):
            return T.badFacts.text(["code": code, "year": year, "problems": problems.joined(separator: separator)])
        case let .badPolicy(error):
            return T.badPolicy.text(["error": error.description])
        case let .policyVersionTaken(id, version):
            return T.policyVersionTaken.text(["id": id, "version": version])
        case let .promotionRefused(code, tier, verdict, failed, missing):
            var text = T.promotionRefused.text(["code": code, "tier": tier.word, "verdict": verdict.said])
            if !failed.isEmpty {
                text += T.promotionFailed.text(["failed": failed.map { $0.failure() }.joined(separator: separator)])
            }
            if !missing.isEmpty {
                text += T.promotionMissing.text(["missing": missing.map { MissingFact.said($0) }.joined(separator: zh ? "、" : ", ")])
            }
            return text + T.promotionEnd.text()
        case .emptyReason, .nothingToCorrect, .foundedFromStart, .correctionInFuture, .alreadyCorrected, .setAside,
             .registrationReferenced, .registrationAlreadySetAside, .registeredAgainUnderAnotherName:
            return correctionDescription
        case .busy, .newerSchema, .notARegistry, .fileExists, .restoreRefused, .fileProblem, .notOnServer:
            return reliabilityDescription
        }
    }
}
