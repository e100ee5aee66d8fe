/// A value with an official Chinese name and an English slug (its raw value, what options take).
public protocol ChineseNamed: RawRepresentable where RawValue == String {
    var chineseName: String { get }
}

extension ChineseNamed {
    /// Its name in the reader's language: the Chinese name in Chinese, the slug in English.
    public var word: String { Language.current == .zh ? chineseName : rawValue }
}

extension Tier: ChineseNamed {}
extension ListCategory: ChineseNamed {}
extension RevocationGround: ChineseNamed {}
