/// The line every report prints under its title: the dates and policy it was computed for.
public enum Heading {
    public static func dates(asOf: Day, knownAt: Moment?, policy: Policy) -> String {
        let known = knownAt.map { HeadingText.knownAt.text(["moment": $0.iso]) } ?? HeadingText.knownEverything.text()
        return HeadingText.dates.text(["asOf": asOf.iso, "known": known, "policy": policy.label])
    }
}
