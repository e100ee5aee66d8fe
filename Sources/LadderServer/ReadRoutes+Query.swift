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
            for (name, _) in parameters where !names.contains(String(name)) {
                let takes = names.isEmpty ? "takes no parameters" : "takes " + names.joined(separator: ", ")
                throw APIError(.badRequest, "unknown parameter '\(name)'; \(request.uri.path) \(takes)")
            }
            times = try QueryTimes(parameters, now: now)
        }

        /// The text given, trimmed; nil when absent.
        func text(_ name: String) -> String? {
            parameters[Substring(name)].map { String($0).trimmingCharacters(in: .whitespaces) }
        }

        func required(_ name: String, example: String) throws -> String {
            guard let text = text(name), !text.isEmpty else {
                throw APIError(.badRequest, "\(name) is missing; give it, e.g. \(name)=\(example)")
            }
            return text
        }

        /// A tier by its slug or the names staff use (高企, 科小), as `--tier`.
        func tier(_ name: String = "tier") throws -> Tier? {
            guard let text = text(name) else { return nil }
            guard let tier = Tier(name: text) else {
                throw APIError(.badRequest, "\(name) '\(text)' is not a tier; give one of \(Tier.acceptedNames)")
            }
            return tier
        }

        func requiredTier(_ name: String = "tier") throws -> Tier {
            guard let tier = try tier(name) else { throw APIError(.badRequest, "\(name) is missing; give it, e.g. \(name)=hnte") }
            return tier
        }

        /// A whole number within `range`: the API bounds what the CLI leaves open, so that no request
        /// asks for centuries of work.
        func int(_ name: String, in range: ClosedRange<Int>, unit: String) throws -> Int? {
            guard let text = text(name) else { return nil }
            guard let value = Int(text), range.contains(value) else {
                throw APIError(.badRequest, "\(name) '\(text)' is not a whole number of \(unit) from \(range.lowerBound) "
                    + "to \(range.upperBound)")
            }
            return value
        }

        func day(_ name: String) throws -> Day? {
            guard let text = text(name) else { return nil }
            guard let day = DayParser.parse(text) else {
                throw APIError(.badRequest, "\(name) '\(text)' is not a day; write it as YYYY-MM-DD, e.g. 2024-11-22")
            }
            return day
        }

        func month(_ name: String) throws -> YearMonth? {
            guard let text = text(name) else { return nil }
            guard let month = YearMonth(parsing: text) else {
                throw APIError(.badRequest, "\(name) '\(text)' is not a month; write it as YYYY-MM, e.g. 2024-03")
            }
            return month
        }

        /// `true` or `false` (a CLI flag); absent is false.
        func flag(_ name: String) throws -> Bool {
            switch text(name) {
            case nil, "false": return false
            case "true": return true
            case let text?: throw APIError(.badRequest, "\(name) '\(text)' is not true or false")
            }
        }

        /// One of an option's values, e.g. `every=quarter`.
        func choice<Value: RawRepresentable & CaseIterable>(_ name: String, _: Value.Type) throws -> Value?
            where Value.RawValue == String {
            guard let text = text(name) else { return nil }
            guard let value = Value(rawValue: text) else {
                throw APIError(.badRequest, "\(name) '\(text)' is not one of \(Value.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return value
        }

        /// `by=city`, the one grouping of the reads that split a count by region only; it splits the
        /// province, so a read of a smaller `region` refuses it.
        func byCity(within region: Region?) throws -> Bool {
            guard let text = text("by") else { return false }
            guard text == "city" else { throw APIError(.badRequest, "by '\(text)' is not city, the one grouping this read offers") }
            if let region, region != .province {
                throw APIError(.badRequest, "by=city splits the province into its cities, and \(region.name) is one region of "
                    + "its own; leave out by=city")
            }
            return true
        }

        /// The region the read covers: the one asked for within the account's, else the account's own.
        func region(for account: Account) throws -> Region? {
            try Scope.region(for: account, asked: try ReadRoutes.region(parameters["region"]))
        }
    }
}
