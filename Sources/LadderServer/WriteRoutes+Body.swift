import Foundation
import Hummingbird
import LadderKit

extension WriteRoutes {
    /// A write's JSON body, read field by field. Each endpoint names the fields it knows: any other is
    /// refused (a mistyped `efective` would otherwise be dropped and the write refused for a missing
    /// day, or worse, recorded without it). Every bad value is a 400 naming the field, the value and
    /// what to write instead.
    struct Body {
        /// Writes are small JSON objects; a roster goes to /api/v1/imports.
        static let limit = 64 * 1024
        private let object: [String: Any]
        /// How a message names each field: its JSON key for the API, its label on a page's form.
        private let labels: [String: String]
        let isForm: Bool

        init(_ request: Request, fields: [String]) async throws {
            let buffer = try await request.body.collect(upTo: Body.limit)
            let data = Data(buffer.readableBytesView)
            guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
                throw APIError(.badRequest, ServeInputText.notAnObject.text())
            }
            let unknown = object.keys.filter { !fields.contains($0) }.sorted()
            if let first = unknown.first {
                throw APIError(.badRequest, ServeInputText.unknownField.text(["field": first, "fields": fields.joined(separator: ", ")]))
            }
            self.object = object
            labels = [:]
            isForm = false
        }

        /// A page's form: the same fields as text, read by the same rules, its messages naming each
        /// field by the label the clerk sees.
        init(form values: [String: String], fields: [String], labels: [String: String]) throws {
            if let first = values.keys.filter({ !fields.contains($0) }).sorted().first {
                throw APIError(.badRequest, ServeInputText.unknownField.text(["field": first, "fields": fields.joined(separator: ", ")]))
            }
            object = values
            self.labels = labels
            isForm = true
        }

        /// The field as a message names it.
        func name(_ field: String) -> String { labels[field] ?? field }

        /// A required field left out: the JSON to send for the API, the box to fill on a form.
        func missing(_ field: String, example: String) -> APIError {
            guard isForm else { return WriteRoutes.missing(field, example: example) }
            return APIError(.badRequest, PageActionText.missingField.text(["field": name(field), "example": example]))
        }

        /// A text field, trimmed; nil when absent, null or blank.
        func text(_ field: String) throws -> String? {
            guard let value = object[field], !(value is NSNull) else { return nil }
            guard let text = value as? String else {
                throw APIError(.badRequest, ServeInputText.notText.text(["field": name(field), "value": Body.show(value)]))
            }
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        }

        func required(_ field: String, example: String) throws -> String {
            guard let text = try text(field) else { throw missing(field, example: example) }
            return text
        }

        /// A value read from text by `parse`, whose error message (the library's) says what is wrong.
        func parsed<Value>(_ field: String, _ parse: (String) throws -> Value) throws -> Value? {
            guard let text = try text(field) else { return nil }
            do {
                return try parse(text)
            } catch let error as APIError {
                throw error
            } catch {
                throw APIError(.badRequest, ServeInputText.badValue.text(["field": name(field), "value": text, "reason": "\(error)"]))
            }
        }

        func day(_ field: String) throws -> Day? {
            try parsed(field) { text in
                guard let day = DayParser.parse(text) else {
                    throw APIError(.badRequest, ServeInputText.badDay.text(["name": name(field), "value": text]))
                }
                return day
            }
        }

        func requiredDay(_ field: String) throws -> Day {
            guard let day = try day(field) else {
                guard isForm else { throw APIError(.badRequest, ServeInputText.missingDay.text(["field": field])) }
                throw APIError(.badRequest, PageActionText.missingDay.text(["field": name(field)]))
            }
            return day
        }

        /// A whole number given as a JSON number or as text as a roster writes it (`1,200`, `１２０`).
        func count(_ field: String) throws -> Int64? {
            guard let value = object[field], !(value is NSNull) else { return nil }
            if let text = value as? String { return try parsed(field) { _ in try EnteredValue.count(text) } }
            guard let number = value as? NSNumber, !Body.isBool(number), let whole = Int64(exactly: number.doubleValue) else {
                throw APIError(.badRequest, ServeInputText.notWholeNumber.text(["field": name(field), "value": Body.show(value)]))
            }
            return whole
        }

        /// A figure (money, score) as text or a JSON number, handed on as the text a clerk would type.
        func figure(_ field: String) throws -> String? {
            guard let value = object[field], !(value is NSNull) else { return nil }
            if let number = value as? NSNumber, !Body.isBool(number) { return number.stringValue }
            return try text(field)
        }

        /// Yes or no: a JSON true/false, or text as a roster writes it (是/否, 有/无, yes/no).
        func flag(_ field: String) throws -> Bool? {
            guard let value = object[field], !(value is NSNull) else { return nil }
            if let number = value as? NSNumber, Body.isBool(number) { return number.boolValue }
            return try parsed(field) { text in try EnteredValue.flag(text) }
        }

        private static func isBool(_ number: NSNumber) -> Bool {
            // JSONSerialization answers true/false as NSNumber too (and `1 is Bool` holds); its type says which.
            String(cString: number.objCType) == "c"
        }

        private static func show(_ value: Any) -> String {
            if let data = try? JSONSerialization.data(withJSONObject: [value], options: [.fragmentsAllowed]),
               let text = String(data: data, encoding: .utf8) {
                return String(text.dropFirst().dropLast())
            }
            return "\(value)"
        }
    }
}
