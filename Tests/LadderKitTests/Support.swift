import Foundation
@testable import LadderKit

/// Literal test inputs, parsed without ceremony: a bad literal is a bug in the test.
func day(_ iso: String) -> Day { Day(iso: iso)! }
func moment(_ iso: String) -> Moment { Moment(parsing: iso, defaultOffsetSeconds: 0)! }
func code(_ text: String) -> CreditCode { try! CreditCode(text) }

/// A write context at a fixed moment, as a command would build it. Promotions pass the rules'
/// guard with a written override unless `override` is nil (the guard has tests of its own).
func context(_ at: String, operator name: String = "tester", document: String? = nil,
             override: String? = "recorded as published") -> WriteContext {
    WriteContext(operatorName: name, at: moment(at), command: "test", document: document, override: override)
}

/// Valid credit codes for fixtures (check characters computed by hand with GB 32100's weights).
enum Codes {
    static let a = code("91360722MA35G1YK7R")
    static let b = code("9136060006346630XD")
    static let c = code("914403001922038216")
    static let d = code("91440300708461136T")
}
