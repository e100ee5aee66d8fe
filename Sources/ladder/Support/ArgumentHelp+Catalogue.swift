import ArgumentParser
import LadderKit

extension ArgumentHelp {
    /// An option's help from the catalogue, in the reader's language: `more` is the discussion under
    /// it; `value` names its value in both languages (`--as-of <day>`, `--as-of <日期>`); `kind` names
    /// it in Chinese only, where the parser's name for it (the option's, in English) would be English.
    init(_ abstract: any CatalogueArea, more: (any CatalogueArea)? = nil, value: ValueName? = nil, kind: ValueName? = nil,
         _ values: KeyValuePairs<String, any CustomStringConvertible> = [:]) {
        let name = value ?? (Language.current == .zh ? kind : nil)
        self.init(abstract.text(values), discussion: more?.text(), valueName: name?.text())
    }
}
