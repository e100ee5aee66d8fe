/// The line every report prints under its title: the dates and policy it was computed for.
public enum Heading {
    public static func dates(asOf: Day, knownAt: Moment?, policy: Policy) -> String {
        HeadingText.dates.text(["asOf": asOf.iso, "known": known(knownAt), "policy": policy.label])
    }

    /// 数据截至北京时间 2024-12-31 23:59:59, or everything recorded when no moment was asked.
    public static func known(_ knownAt: Moment?) -> String {
        knownAt.map { HeadingText.knownAt.text(["moment": BeijingTime.stamp($0, seconds: true)]) } ?? HeadingText.knownEverything.text()
    }
}
