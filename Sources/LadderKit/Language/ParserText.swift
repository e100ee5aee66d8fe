/// The words the command-line parser (swift-argument-parser) writes itself: section titles of help,
/// its standard options, and its usage errors. `en` is the parser's exact text, so that a message it
/// wrote can be recognised and said in Chinese (`translated(_:)`).
public enum ParserText: String, CatalogueArea {
    case overview, usage, usageShort, arguments, options, subcommands, error, help
    // Longer patterns first: `valuesAndDefault` before `values` and `defaultValue`.
    case showHelp, showVersion, seeSubcommandHelp, seeMoreInformation, valuesAndDefault, values, defaultValue
    case missingArgument, missingOneOf, missingValue, missingSubcommand, unknownOption, didYouMean
    case unexpectedArgument, invalidValueFor, invalidValue, provideOneOfAnd, provideOneOfOr, provideOneOfList
    // After the sentences that contain it.
    case subcommandValue, optionsValue, defaultSubcommand

    public static let area = "parser"

    public var entry: CatalogueEntry {
        switch self {
        case .overview: CatalogueEntry(zh: "概述：{text}", en: "OVERVIEW: {text}")
        case .usage: CatalogueEntry(zh: "用法：{text}", en: "USAGE: {text}")
        case .usageShort: CatalogueEntry(zh: "用法：{text}", en: "Usage: {text}")
        case .arguments: CatalogueEntry(zh: "参数：", en: "ARGUMENTS:")
        case .options: CatalogueEntry(zh: "选项：", en: "OPTIONS:")
        case .subcommands: CatalogueEntry(zh: "子命令：", en: "SUBCOMMANDS:")
        case .error: CatalogueEntry(zh: "错误：{text}", en: "Error: {text}")
        case .help: CatalogueEntry(zh: "帮助：{text}", en: "Help:  {text}")
        case .showHelp: CatalogueEntry(zh: "显示帮助信息。", en: "Show help information.")
        case .showVersion: CatalogueEntry(zh: "显示版本。", en: "Show the version.")
        case .seeSubcommandHelp:
            CatalogueEntry(zh: "各子命令的详细帮助：{command} <subcommand>", en: "See '{command} <subcommand>' for detailed help.")
        case .seeMoreInformation: CatalogueEntry(zh: "更多信息：{command}", en: "See '{command}' for more information.")
        case .defaultValue: CatalogueEntry(zh: "（默认：{value}）", en: " (default: {value})")
        case .values: CatalogueEntry(zh: "（可选：{values}）", en: " (values: {values})")
        case .valuesAndDefault: CatalogueEntry(zh: "（可选：{values}；默认：{value}）", en: " (values: {values}; default: {value})")
        case .missingArgument: CatalogueEntry(zh: "缺少参数 '{name}'", en: "Missing expected argument '{name}'")
        case .missingOneOf: CatalogueEntry(zh: "缺少以下之一：'{names}'", en: "Missing one of: '{names}'")
        case .missingValue: CatalogueEntry(zh: "'{name}' 后缺少值", en: "Missing value for '{name}'")
        case .missingSubcommand: CatalogueEntry(zh: "缺少子命令。", en: "Missing required subcommand.")
        case .unknownOption: CatalogueEntry(zh: "没有选项 '{name}'", en: "Unknown option '{name}'")
        case .didYouMean: CatalogueEntry(zh: "。是否要用 '{name}'？", en: ". Did you mean '{name}'?")
        case .unexpectedArgument: CatalogueEntry(zh: "多余的参数 '{value}'", en: "Unexpected argument '{value}'")
        case .invalidValueFor: CatalogueEntry(zh: "'{name}' 的值 '{value}' 无效", en: "The value '{value}' is invalid for '{name}'")
        case .invalidValue: CatalogueEntry(zh: "值 '{value}' 无效。", en: "The value '{value}' is invalid.")
        case .provideOneOfAnd: CatalogueEntry(zh: "。请写以下之一：{first} 或 {last}。", en: ". Please provide one of {first} and {last}.")
        case .provideOneOfOr: CatalogueEntry(zh: "。请写以下之一：{values} 或 {last}。", en: ". Please provide one of {values} or {last}.")
        case .provideOneOfList: CatalogueEntry(zh: "。请写以下之一：", en: ". Please provide one of the following:")
        case .subcommandValue: CatalogueEntry(zh: "<子命令>", en: "<subcommand>")
        case .optionsValue: CatalogueEntry(zh: "<选项>", en: "<options>")
        // Two spaces keep the column: the Chinese is two columns narrower.
        case .defaultSubcommand: CatalogueEntry(zh: "（默认）  ", en: " (default)")
        }
    }
}
