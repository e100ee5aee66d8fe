import ArgumentParser
import LadderKit

/// Argument parsing for the library's value types: a bad value is a usage error (exit 64)
/// whose message says what would be valid.
struct ArgumentError: Error, CustomStringConvertible {
    let description: String
}

enum Parse {
    /// A credit code in any form people paste (full-width, lower case, spaces, a trailing 。).
    static func code(_ text: String) throws -> CreditCode {
        do {
            if case let .code(code) = try FirmQuery(text) { return code }
            return try CreditCode(text)  // not code-shaped: says what is wrong with it
        } catch {
            throw ArgumentError(description: error.description)
        }
    }

    /// A firm named by code or name; a mistyped code is a usage error here, the lookup is the library's.
    static func firm(_ text: String) throws -> String {
        do { _ = try FirmQuery(text) } catch { throw ArgumentError(description: error.description) }
        return text
    }

    static func day(_ text: String) throws -> Day {
        guard let day = DayParser.parse(text) else {
            throw ArgumentError(description: InputErrorText.notADay.text(["value": text]))
        }
        return day
    }

    static func moment(_ text: String) throws -> Moment {
        guard let moment = Moment(parsing: text, defaultOffsetSeconds: ChinaTime.offsetSeconds) else {
            throw ArgumentError(description: InputErrorText.notATime.text(["value": text]))
        }
        return moment
    }

    static func region(_ text: String) throws -> RegionCode {
        if let named = RegionCode.named(text) { return named }
        do { return try RegionCode(text) } catch { throw ArgumentError(description: error.description) }
    }

    static func certificate(_ text: String) throws -> CertificateNumber {
        do { return try CertificateNumber(text) } catch { throw ArgumentError(description: error.description) }
    }

    static func tsmeNumber(_ text: String) throws -> TsmeNumber {
        do { return try TsmeNumber(text) } catch { throw ArgumentError(description: error.description) }
    }
}

extension Tier: ExpressibleByArgument {
    /// `--tier 高企`, `--tier 科小`: the names staff use, as well as the slugs help lists.
    public init?(argument: String) { self.init(name: argument) }
}

extension ListCategory: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
}
extension RevocationGround: ExpressibleByArgument {}
extension Zone: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}

extension Parse {
    /// A count as a roster cell takes it: `120`, `１２０`, `1,200`, `120人`.
    static func count(_ text: String) throws -> Int64 {
        do { return try EnteredValue.count(text) } catch { throw ArgumentError(description: error.description) }
    }

    static func points(_ text: String) throws -> Points {
        guard let points = Points(entered: text) else {
            throw ArgumentError(description: InputErrorText.notAScore.text(["value": text]))
        }
        return points
    }
}
