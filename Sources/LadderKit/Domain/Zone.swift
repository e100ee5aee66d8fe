/// A reporting zone that has no GB/T 2260 code of its own but reports alongside the cities.
/// 赣江新区 spans counties of 南昌 and 九江; a firm is placed in it explicitly.
public enum Zone: String, CaseIterable, Codable, Sendable {
    case ganjiang

    public var name: String {
        switch self {
        case .ganjiang: return "赣江新区"
        }
    }
}
