/// Coordinates printed with at most one decimal (`12`, `12.5`), the same text every run.
public enum SVGNumber {
    public static func text(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let t = tenths.magnitude
        return t % 10 == 0 ? "\(sign)\(t / 10)" : "\(sign)\(t / 10).\(t % 10)"
    }
}
