import Testing
@testable import LadderKit

/// Three-valued all-of and any-of over criteria: a failure decides an all, a pass decides an any,
/// else an unknown leaves it open with the missing facts of the open parts, in order.
@Suite struct RequirementTests {
    static func criterion(_ id: String, _ verdict: CriterionVerdict, missing: [String] = []) -> Criterion {
        Criterion(id: id, verdict: verdict, value: "", threshold: "", explanation: "", missing: missing)
    }

    let criteria = [
        criterion("a", .pass), criterion("b", .unknown, missing: ["revenue (2025)"]),
        criterion("c", .fail), criterion("d", .unknown, missing: ["employees (2025)", "founded"]),
        // A second criterion of an id does not count: the first does.
        criterion("a", .fail),
    ]

    @Test func allOf() {
        let open = Requirement.all(["a", "b", "d"]).evaluate(criteria)
        #expect(open.verdict == .unknown)
        #expect(open.missing == ["revenue (2025)", "employees (2025)", "founded"])
        let failed = Requirement.all(["b", "c", "d"]).evaluate(criteria)
        #expect(failed.verdict == .fail)
        #expect(failed.missing.isEmpty)
        #expect(Requirement.all(["a"]).evaluate(criteria).verdict == .pass)
        #expect(Requirement.all([String]()).evaluate(criteria).verdict == .pass)
    }

    /// Every criterion in its order, as `all` of their ids gives it when the ids are distinct.
    @Test func allCriteria() {
        #expect(Requirement.allCriteria.evaluate(Array(criteria.prefix(4))) == (.fail, []))
        #expect(Requirement.allCriteria.evaluate([criteria[0], criteria[1], criteria[3]])
            == (.unknown, ["revenue (2025)", "employees (2025)", "founded"]))
        #expect(Requirement.allCriteria.evaluate([criteria[0]]) == (.pass, []))
        #expect(Requirement.allCriteria.evaluate([]) == (.pass, []))
    }

    @Test func anyOf() {
        let open = Requirement.any([.criterion("c"), .criterion("d"), .criterion("b")]).evaluate(criteria)
        #expect(open.verdict == .unknown)
        #expect(open.missing == ["employees (2025)", "founded", "revenue (2025)"])
        #expect(Requirement.any([.criterion("b"), .criterion("a")]).evaluate(criteria) == (.pass, []))
        #expect(Requirement.any([.criterion("c")]).evaluate(criteria) == (.fail, []))
        #expect(Requirement.any([]).evaluate(criteria).verdict == .fail)
    }

    @Test func nestedAndUnknownIds() {
        let nested = Requirement.all(["a"]), route = Requirement.any([.all(["c", "b"]), .all(["a", "d"])])
        #expect(nested.evaluate(criteria).verdict == .pass)
        let outcome = route.evaluate(criteria)
        #expect(outcome.verdict == .unknown)
        #expect(outcome.missing == ["employees (2025)", "founded"])
        // An id no criterion has is unknown with nothing to enter.
        #expect(Requirement.criterion("zz").evaluate(criteria) == (.unknown, []))
    }
}
