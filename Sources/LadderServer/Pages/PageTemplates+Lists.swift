extension PageTemplates {
    /// `/expiring`, `/lapsed`, `/candidates`: the filter form (GET, so the address reproduces the
    /// page), the rows with headers that sort by their column, and the two export buttons.
    static let list = """
        {{<layout}}{{$content}}
        <h1 id="list-title">{{title}}</h1>
        <ul class="meta"><li id="list-subject">{{subject}}</li><li>{{heading}}</li></ul>
        <section>
        <form class="day" method="get" action="{{path}}" aria-label="{{t.filterLabel}}">
        <div><label for="tier">{{t.tierField}}</label><select id="tier" name="tier">{{#tiers}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/tiers}}</select></div>
        <div><label for="region">{{t.regionField}}</label><input type="text" id="region" name="region" value="{{region}}" size="8" placeholder="{{ownRegion}}"><span class="hint">{{t.regionHint}}</span></div>
        {{#takesDays}}<div><label for="days">{{t.daysField}}</label><input type="number" id="days" name="days" value="{{days}}" min="0" max="36500" size="6"><span class="hint">{{daysHint}}</span></div>{{/takesDays}}
        <div><label for="as_of">{{t.asOfField}}</label><input type="date" id="as_of" name="as_of" value="{{asOf}}"></div>
        <div><label for="known_at">{{t.knownAtField}}</label><input type="text" id="known_at" name="known_at" value="{{knownAt}}" placeholder="2025-01-31T18:00"><span class="hint">{{t.knownAtHint}}</span></div>
        {{#hasSort}}<input type="hidden" name="sort" value="{{sort}}"><input type="hidden" name="order" value="{{order}}">{{/hasSort}}
        <div><button type="submit" id="filter-button">{{t.showButton}}</button></div>
        </form>
        <p class="permalink"><a id="permalink" href="{{permalink}}">{{t.permalink}}</a></p>
        </section>
        <section>
        <div class="section-head"><h2 id="row-count" data-count="{{count}}">{{countLine}}</h2><span class="exports"><a class="button" id="export-xlsx" href="{{xlsxHref}}">{{t.exportExcel}}</a><a class="button secondary" id="export-csv" href="{{csvHref}}">{{t.exportCSV}}</a></span></div>
        <p class="hint">{{t.exportHint}}</p>
        {{^hasRows}}<p class="empty" id="list-empty">{{t.listEmpty}}</p>{{/hasRows}}
        {{#hasRows}}<div class="table-wrap"><table id="list">
        <thead><tr>{{#columns}}<th{{#numeric}} class="n"{{/numeric}} aria-sort="{{ariaSort}}" data-key="{{key}}"><a href="{{sortHref}}" title="{{sortTitle}}">{{header}}{{#sorted}} <span aria-hidden="true">{{arrow}}</span>{{/sorted}}</a></th>{{/columns}}</tr></thead>
        <tbody>{{#rows}}<tr data-code="{{code}}">{{#cells}}<td class="{{css}}">{{#linked}}<a href="{{href}}">{{text}}</a>{{/linked}}{{^linked}}{{#badge}}<span class="badge tier-{{tier}}">{{text}}</span>{{/badge}}{{^badge}}{{text}}{{/badge}}{{/linked}}</td>{{/cells}}</tr>
        {{/rows}}</tbody></table></div>{{/hasRows}}
        {{#footer}}<p class="hint">{{.}}</p>{{/footer}}
        </section>
        {{/content}}{{/layout}}
        """
}
