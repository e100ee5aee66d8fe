import Testing
@testable import LadderKit

/// Amounts that fit 64 bits are added, multiplied and divided as `Int64`; a result that
/// overflows goes to wide integers exactly at the overflow, and back when it fits again.
@Suite struct WideIntOverflowTests {
    enum Operation: String, Sendable { case plus = "+", minus = "−", times = "×", over = "÷" }

    struct Step: CustomTestStringConvertible, Sendable {
        let a: Int64, operation: Operation, b: Int64
        /// The exact result, and the `Int64` it is when it fits (nil: beyond 64 bits).
        let grouped: String, fits: Int64?
        var testDescription: String { "\(a) \(operation.rawValue) \(b)" }
    }

    @Test(arguments: [
        Step(a: Int64.max - 1, operation: .plus, b: 1, grouped: "9,223,372,036,854,775,807", fits: Int64.max),
        Step(a: Int64.max, operation: .plus, b: 1, grouped: "9,223,372,036,854,775,808", fits: nil),
        Step(a: Int64.min, operation: .plus, b: 0, grouped: "-9,223,372,036,854,775,808", fits: Int64.min),
        Step(a: Int64.min, operation: .plus, b: -1, grouped: "-9,223,372,036,854,775,809", fits: nil),
        Step(a: Int64.min + 1, operation: .minus, b: 1, grouped: "-9,223,372,036,854,775,808", fits: Int64.min),
        Step(a: Int64.min, operation: .minus, b: 1, grouped: "-9,223,372,036,854,775,809", fits: nil),
        Step(a: 0, operation: .minus, b: Int64.min, grouped: "9,223,372,036,854,775,808", fits: nil),
        Step(a: 3_037_000_499, operation: .times, b: 3_037_000_499, grouped: "9,223,372,030,926,249,001",
             fits: 9_223_372_030_926_249_001),
        Step(a: 3_037_000_500, operation: .times, b: 3_037_000_500, grouped: "9,223,372,037,000,250,000", fits: nil),
        Step(a: 4_294_967_296, operation: .times, b: -2_147_483_648, grouped: "-9,223,372,036,854,775,808",
             fits: Int64.min),
        Step(a: 4_294_967_296, operation: .times, b: 2_147_483_648, grouped: "9,223,372,036,854,775,808", fits: nil),
        Step(a: Int64.min, operation: .over, b: 1, grouped: "-9,223,372,036,854,775,808", fits: Int64.min),
        Step(a: Int64.min, operation: .over, b: -1, grouped: "9,223,372,036,854,775,808", fits: nil),
        Step(a: -7, operation: .over, b: 2, grouped: "-3", fits: -3),
    ])
    func fallsBackExactlyAtOverflow(_ c: Step) {
        let a = WideInt(c.a), b = WideInt(c.b)
        let result: WideInt = switch c.operation {
        case .plus: a + b
        case .minus: a - b
        case .times: a * b
        case .over: a.quotient(dividingBy: b)
        }
        #expect(result.grouped == c.grouped)
        #expect(result.int64 == c.fits)
    }

    /// One value, one form: a wide result brought back into 64 bits equals (and hashes as) the
    /// same amount that never left them, and compares with 64-bit values across the boundary.
    @Test func wideResultsComeBackToSixtyFourBits() {
        let max = WideInt(Int64.max), min = WideInt(Int64.min), one = WideInt(1)
        let past = max + one
        #expect(past - one == max)
        #expect((past - one).hashValue == max.hashValue)
        #expect((min - one) + one == min)
        #expect(-(-min) == min)
        #expect(past.quotient(dividingBy: WideInt(2)) == WideInt(4_611_686_018_427_387_904))
        #expect(max < past && !(past < max))
        #expect(min - one < min && !(min < min - one))
        #expect((-past).magnitude == past)
        #expect(min.magnitude == past)
        #expect(past.signum == 1 && (min - one).signum == -1 && (past - past).signum == 0)
    }
}
