/// The language a person reads: 简体中文 or English. What machines read (JSON keys, enum values,
/// CSV headers chosen for re-import, exit codes, the schema) never depends on it.
public enum Language: String, CaseIterable, Sendable {
    case zh, en

    /// The language chosen by `--lang` (when given), else `LADDER_LANG`, else the locale
    /// (`LC_ALL`, then `LC_MESSAGES`, then `LANG`; the first one set decides, as POSIX does):
    /// Chinese when it starts with `zh`, English otherwise. Nil `flag` means no `--lang`.
    public static func resolve(flag: String?, environment: [String: String]) throws(LanguageError) -> Language {
        if let flag { return try named(flag, from: "--lang") }
        if let chosen = environment["LADDER_LANG"], !chosen.isEmpty { return try named(chosen, from: "LADDER_LANG") }
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        return locale?.lowercased().hasPrefix("zh") == true ? .zh : .en
    }

    /// `zh`/`en`, and the spellings people also write (zh_CN, zh-Hans, 中文, en_US, English…).
    static func named(_ text: String, from source: String) throws(LanguageError) -> Language {
        let name = text.trimmingCharacters(in: .whitespaces).lowercased()
        if name.hasPrefix("zh") || name == "中文" || name == "简体中文" || name == "chinese" { return .zh }
        if name.hasPrefix("en") || name == "英文" || name == "english" { return .en }
        throw LanguageError(source: source, value: text)
    }
}
