import Hummingbird
import LadderKit

extension ReadRoutes {
    /// A read's query parameters: each is the CLI option of the same name in snake_case
    /// (`--as-of` → `as_of`), read as the CLI reads it. A bad value, or a parameter the read does
    /// not take (a typo would otherwise be ignored and answer another question), is 400 naming the
    /// parameter, the value and the fix.
    struct Query {
        let parameters: Parameters
        let times: QueryTimes

        init(_ request: Request, takes names: [String], now: Moment) throws {
            parameters = request.uri.queryParameters
            // `lang` picks the language of the answer's messages (LanguageMiddleware), on every read.
            for (name, _) in parameters where !names.contains(String(name)) && name != RequestLanguage.parameter {
                let takes = names.isEmpty ? ServeText.takesNoParameters.text()
                    : ServeText.takesParameters.text(["names": names.joined(separator: ", ")])
                throw APIError(.badRequest, ServeText.unknownParameter.text(["name": name, "path": request.uri.path,
                                                                             "takes": takes]))
            }
            times = try QueryTimes(parameters, now: now)
        }

        /// The text given, trimmed; nil when absent.
        func text(_ name: String) -> String? {
            parameters[Substring(name)].map { String($0).trimmingCharacters(in: .whitespaces) }
        }

        func required(_ name: String, example: String) throws -> String {
            guard let text = text(name), !text.isEmpty else {
                throw APIError(.badRequest, ServeText.missingParameter.text(["name": name, "example": example]))
            }
            return text
        }

        /// A tier by its slug or the names staff use (高企, 科小), as `--tier`.
        func tier(_ name: String = "tier") throws -> Tier? {
            guard let text = text(name) else { return nil }
            guard let tier = Tier(name: text) else {
                throw APIError(.badRequest, ServeInputText.badTier.text(["name": name, "value": text, "names": Tier.acceptedNames]))
            }
            return tier
        }

        func requiredTier(_ name: String = "tier") throws -> Tier {
            guard let tier = try tier(name) else { throw APIError(.badRequest, ServeInputText.missingTier.text(["name": name])) }
            return tier
        }

        /// A whole number within `range`: the API bounds what the CLI leaves open, so that no request
        /// asks for centuries of work.
        func int(_ name: String, in range: ClosedRange<Int>, unit: ServeInputText) throws -> Int? {
            guard let text = text(name) else { return nil }
            guard let value = Int(text), range.contains(value) else {
                throw APIError(.badRequest, ServeInputText.badWholeNumber.text([
                    "name": name, "value": text, "unit": unit.text(), "low": range.lowerBound, "high": range.upperBound,
                ]))
            }
            return value
        }

        func day(_ name: String) throws -> Day? {
            guard let text = text(name) else { return nil }
            guard let day = DayParser.parse(text) else {
                throw APIError(.badRequest, ServeInputText.badDay.text(["name": name, "value": text]))
            }
            return day
        }

        func month(_ name: String) throws -> YearMonth? {
            guard let text = text(name) else { return nil }
            guard let month = YearMonth(parsing: text) else {
                throw APIError(.badRequest, ServeInputText.badMonth.text(["name": name, "value": text]))
            }
            return month
        }

        /// `true` or `false` (a CLI flag); absent is false.
        func flag(_ name: String) throws -> Bool {
            switch text(name) {
            case nil, "false": return false
            case "true": return true
            case let text?: throw APIError(.badRequest, ServeInputText.badBool.text(["name": name, "value": text]))
            }
        }

        /// One of an option's values, e.g. `every=quarter`.
        func choice<Value: RawRepresentable & CaseIterable>(_ name: String, _: Value.Type) throws -> Value?
            where Value.RawValue == String {
            guard let text = text(name) else { return nil }
            guard let value = Value(rawValue: text) else {
                throw APIError(.badRequest, ServeInputText.notOneOf.text([
                    "name": name, "value": text, "values": Value.allCases.map(\.rawValue).joined(separator: ", "),
                ]))
            }
            return value
        }

        /// `by=city`, the one grouping of the reads that split a count by region only; it splits the
        /// province, so a read of a smaller `region` refuses it.
        func byCity(within region: Region?) throws -> Bool {
            guard let text = text("by") else { return false }
            guard text == "city" else { throw APIError(.badRequest, ServeInputText.badBy.text(["value": text])) }
            if let region, region != .province {
                throw APIError(.badRequest, ServeInputText.byCityInRegion.text(["region": region.name]))
            }
            return true
        }

        /// The region the read covers: the one asked for within the account's, else the account's own.
        func region(for account: Account) throws -> Region? {
            try Scope.region(for: account, asked: try ReadRoutes.region(parameters["region"]))
        }
    }
}
