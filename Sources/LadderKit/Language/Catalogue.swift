/// Every message a person reads, keyed, in both languages: the command line, the files it writes
/// and the web pages all take their words from here. One area per file (`Catalogue+Stats.swift`…).
public enum Catalogue {
    /// The areas, each listed once.
    static let areas: [any CatalogueArea.Type] = [
        Term.self,
        HeadingText.self,
        StatsText.self,
        ShowText.self,
        ParserText.self,
        OptionHelp.self,
        CommandHelp.self,
        ReportText.self,
        ExportText.self,
        ServeText.self,
        ServeInputText.self,
        TableText.self,
        FindText.self,
        ListText.self,
        TrendText.self,
        TargetText.self,
        BatchText.self,
        RecordText.self,
        CandidateListText.self,
        FactText.self,
        PolicyShowText.self,
        CheckText.self,
        ImportText.self,
        ImportNoteText.self,
        ImportProblemText.self,
        ImportCheckText.self,
        ImportErrorText.self,
        ReadErrorText.self,
        ReadDetailText.self,
        RecordHelp.self,
        CorrectionHelp.self,
        ImportHelp.self,
        FactsHelp.self,
        RulesHelp.self,
        FiguresHelp.self,
        ExportHelp.self,
        SystemHelp.self,
        ServeHelp.self,
        ValueName.self,
        ValidationText.self,
        PageText.self,
        PageActionText.self,
        PageRecordsText.self,
        PageImportText.self,
        PageOverviewText.self,
        RegistryErrorText.self,
        InputErrorText.self,
        SystemText.self,
        WriteText.self,
        AccountText.self,
        UsageErrorText.self,
        HintText.self,
        RequestErrorText.self,
        VerifyText.self,
        PolicyErrorText.self,
        CopyText.self,
        PostgresText.self,
    ]

    /// Every key with its entry, for the tests and for a translator's review.
    public static var entries: [(key: String, entry: CatalogueEntry)] {
        areas.flatMap { area in entries(of: area) }
    }

    private static func entries<Area: CatalogueArea>(of area: Area.Type) -> [(key: String, entry: CatalogueEntry)] {
        area.allCases.map { ($0.key, $0.entry) }
    }
}
