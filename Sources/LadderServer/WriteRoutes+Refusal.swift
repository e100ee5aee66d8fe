import Hummingbird
import LadderKit

extension WriteRoutes {
    /// A write the rules refused (422), as the CLI says it: the library's sentence, and for a
    /// promotion the failed criteria and the facts to enter first, the same lists `ladder` prints.
    struct Refusal: Encodable {
        var error: String
        var creditCode: String?
        var tier: String?
        var verdict: String?
        var failed: [String]?
        var missing: [String]?
        /// Facts that do not make sense together (`facts set`).
        var problems: [String]?

        init(_ error: RegistryError) {
            self.error = error.description
            switch error {
            case let .promotionRefused(code, tier, verdict, failed, missing):
                creditCode = code
                self.tier = tier.rawValue
                self.verdict = verdict.rawValue
                self.failed = failed.map { $0.failure(in: .en) }  // JSON: the same in every language
                self.missing = missing
            case let .badFacts(code, _, problems):
                creditCode = code
                self.problems = problems
            default:
                break
            }
        }

        enum CodingKeys: String, CodingKey {
            case error, tier, verdict, failed, missing, problems
            case creditCode = "credit_code"
        }
    }

    /// Runs a write and answers the library's refusals the way the CLI treats them: "already
    /// recorded" is a success that wrote nothing (200, `alreadyRecorded` says what exists), a refusal
    /// by the rules is 422, an unknown firm or event 404, a busy registry 503. Anything else goes on
    /// to ErrorMiddleware (a bare 500, logged). The write runs off the cooperative threads (`Offload`):
    /// it may wait for an import's write lock.
    static func refusing(_ write: @escaping () throws -> Response,
                         alreadyRecorded: (RegistryError) throws -> Response) async throws -> Response {
        do {
            return try await Offload.run(write)
        } catch let error as RegistryError {
            if error.isAlreadyRecorded { return try alreadyRecorded(error) }
            switch error {
            case .unknownName, .ambiguousName:
                throw ErrorMiddleware.nameRefusal(error)
            case .unknownEnterprise, .notKnownAt, .unknownEvent:
                throw APIError(.notFound, error.description)
            case .emptyName, .emptyReason, .categoryNotInTier:
                throw APIError(.badRequest, error.description)
            case .busy:
                throw APIError(.serviceUnavailable, error.description)
            case _ where isRefusal(error):
                return APIError.json(status: .unprocessableContent, body: Refusal(error))
            default:
                throw error
            }
        }
    }

    /// A refusal by the rules (422 for the API, the form again with its reasons on a page).
    static func isRefusal(_ error: RegistryError) -> Bool {
        switch error {
        case .numberHeldByAnother, .notValidOnDay, .ambiguousQualification, .conflictingGrant, .effectiveBeforeStart,
             .effectiveAfterEnd, .badIssueDay, .cannotVoidVoid, .conflictingSelection, .readmissionBarred, .badFacts,
             .promotionRefused, .setAside, .registrationReferenced, .registeredAgainUnderAnotherName,
             .nothingToCorrect, .foundedFromStart, .correctionInFuture:
            return true
        default:
            return false
        }
    }
}
