extension PageTemplates {
    /// Above the report page: back to the dashboard, the day and region of the report, how to
    /// print. Hidden in print; a plain GET form.
    static let reportTools = """
        <nav class="report-tools" aria-label="{{o.reportTools}}">
        <a id="report-back" href="{{homeHref}}">← {{o.reportBack}}</a>
        <form method="get" action="/report">
        <div><label for="as_of">{{t.asOfField}}</label><input type="date" id="as_of" name="as_of" value="{{asOf}}"></div>
        <div><label for="known_at">{{t.knownAtField}}</label><input type="text" id="known_at" name="known_at" value="{{knownAt}}" placeholder="2025-01-31T18:00"></div>
        <div><label for="region">{{t.regionField}}</label><input type="text" id="region" name="region" value="{{region}}" size="8" placeholder="{{ownRegion}}"></div>
        <div><button type="submit">{{o.reportDayButton}}</button></div>
        </form>
        <p class="hint">{{o.reportPrint}}</p>
        </nav>

        """
}
