/// The line every report prints under its title: the dates and policy it was computed for.
public enum Heading {
    public static func dates(asOf: Day, knownAt: Moment?, policy: Policy) -> String {
        let known = knownAt.map { "known at \($0.iso)" } ?? "known at: everything recorded"
        return "as of \(asOf.iso) · \(known) · policy \(policy.label)"
    }
}
