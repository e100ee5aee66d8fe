extension PageTemplates {
    /// `/firms?q=`: the search box again, then the firms found in the account's region.
    static let find = """
        {{<layout}}{{$content}}
        <h1>{{t.findTitle}}</h1>
        <form class="day" method="get" action="/firms">
        <div><label for="find-q">{{t.searchLabel}}</label><input type="search" id="find-q" name="q" value="{{q}}" size="40"><span class="hint">{{t.findHint}}</span></div>
        <div><button type="submit">{{t.searchButton}}</button></div>
        </form>
        <div id="find-answer" aria-live="polite">
        {{#refusal}}<p class="notice error" id="find-refusal">{{refusal}}</p>{{/refusal}}
        {{#nothing}}<p class="empty" id="nothing-found">{{nothing}}</p>{{/nothing}}
        {{#hasNearest}}<p class="hint">{{t.nearest}} {{#nearest}}<span class="near">{{.}}</span>　{{/nearest}}</p>{{/hasNearest}}
        {{#foundLine}}
        <section>
        <div class="section-head"><h2 id="found">{{foundLine}}</h2>{{#outsideLine}}<span class="aside" id="outside">{{outsideLine}}</span>{{/outsideLine}}</div>
        {{#truncatedLine}}<p class="hint">{{truncatedLine}}</p>{{/truncatedLine}}
        <div class="table-wrap"><table id="results">
        <thead><tr><th>{{term.creditCode}}</th><th>{{term.enterpriseName}}</th><th>{{t.columnPlace}}</th><th>{{t.columnPosition}}</th></tr></thead>
        <tbody>
        {{#results}}<tr><td class="code"><a href="{{href}}">{{code}}</a></td><td class="name"><a href="{{href}}">{{name}}</a>{{#former}}<div class="hint">{{former}}</div>{{/former}}</td><td>{{place}}</td><td>{{#hasTier}}<span class="badge tier-{{tier}}">{{position}}</span>{{/hasTier}}{{^hasTier}}{{position}}{{/hasTier}}</td></tr>
        {{/results}}
        </tbody></table></div>
        </section>
        {{/foundLine}}
        </div>
        {{/content}}{{/layout}}
        """

    /// `/firms/{code}`: who the firm is, what it holds, what happened to it, what it could be
    /// certified for, and its facts by year.
    static let firm = """
        {{<layout}}{{$content}}
        <p class="eyebrow code" id="firm-code">{{code}}</p>
        <h1 id="firm-name">{{name}}</h1>
        {{#doneLine}}<p class="notice info" id="done" role="status">{{doneLine}}</p>{{/doneLine}}
        <ul class="meta"><li>{{show.position}}：{{#hasTier}}<span class="badge tier-{{tier}}">{{position}}</span>{{/hasTier}}{{^hasTier}}{{position}}{{/hasTier}}</li><li>{{asOfLine}}</li></ul>
        <section>
        <div class="section-head"><h2>{{t.profile}}</h2></div>
        <dl class="facts" id="profile">
        <dt>{{term.creditCode}}</dt><dd class="code">{{code}}</dd>
        <dt>{{placeLabel}}</dt><dd>{{place}}</dd>
        {{#profile}}<dt>{{label}}</dt><dd>{{value}}</dd>{{/profile}}
        <dt>{{show.names}}</dt><dd><ul id="names">{{#names}}<li>{{.}}</li>{{/names}}</ul></dd>
        </dl>
        </section>
        <section>
        <div class="section-head"><h2>{{show.qualifications}}</h2></div>
        {{^qualifications}}<p class="empty">{{show.noneRecorded}}</p>{{/qualifications}}
        {{#hasQualifications}}<div class="table-wrap"><table id="qualifications">
        <thead><tr><th>{{show.columnTier}}</th><th>{{show.columnNumber}}</th><th>{{show.columnStart}}</th><th>{{show.columnEnd}}</th><th>{{show.columnStatus}}</th><th class="n">{{show.columnEvent}}</th></tr></thead>
        <tbody>{{#qualifications}}<tr><td><span class="badge tier-{{tier}}">{{tierName}}</span></td><td class="code">{{number}}</td><td class="n">{{start}}</td><td class="n">{{end}}</td><td class="s-{{status}}">{{statusName}}</td><td class="n">#{{event}}</td></tr>
        {{/qualifications}}</tbody></table></div>{{/hasQualifications}}
        </section>
        <section>
        <div class="section-head"><h2>{{show.events}}</h2></div>
        {{^events}}<p class="empty">{{show.noneRecorded}}</p>{{/events}}
        {{#hasEvents}}<div class="table-wrap"><table id="events">
        <thead><tr><th class="n">#</th><th>{{show.columnEffective}}</th><th>{{show.columnKind}}</th><th>{{show.columnDetail}}</th><th>{{show.columnBy}}</th><th>{{show.columnRecorded}}</th><th>{{show.columnDocument}}</th><th>{{show.columnSource}}</th></tr></thead>
        <tbody>{{#events}}<tr{{#voidedBy}} class="voided"{{/voidedBy}}><td class="n">{{id}}</td><td class="n">{{effective}}</td><td>{{kind}}{{#voidedBy}}<div class="hint">{{voidedBy}}</div>{{/voidedBy}}</td><td>{{detail}}</td><td>{{by}}</td><td class="n">{{recorded}}</td><td>{{document}}</td><td>{{source}}</td></tr>
        {{/events}}</tbody></table></div>{{/hasEvents}}
        </section>
        <section>
        <div class="section-head"><h2>{{t.eligibilityTitle}}</h2><span class="aside">{{eligibilityIntro}}</span></div>
        <div class="checks">
        {{#checks}}<div class="check tier-{{tier}}" id="check-{{tier}}">
        <h3>{{tierName}} · <span class="v-{{verdict}}">{{verdictName}}</span></h3>
        <p class="hint">{{year}}{{#score}} · {{score}}{{/score}}</p>
        {{#missing}}<p class="hint v-unknown">{{missing}}</p>{{/missing}}
        <div class="table-wrap"><table>
        <thead><tr><th>{{t.columnCriterion}}</th><th>{{t.columnValue}}</th><th>{{t.columnThreshold}}</th><th>{{t.columnVerdict}}</th></tr></thead>
        <tbody>{{#criteria}}<tr><td>{{explanation}}<div class="hint code">{{id}}</div></td><td>{{value}}</td><td>{{threshold}}</td><td class="v-{{verdict}}">{{verdictName}}</td></tr>
        {{/criteria}}</tbody></table></div>
        </div>{{/checks}}
        </div>
        </section>
        <section>
        <div class="section-head"><h2>{{t.factsTitle}}</h2></div>
        {{^years}}<p class="empty">{{t.noFacts}}</p>{{/years}}
        {{#hasYears}}<div class="table-wrap"><table id="facts">
        <thead><tr><th>{{t.columnFigure}}</th>{{#years}}<th class="n">{{.}}</th>{{/years}}</tr></thead>
        <tbody>{{#facts}}<tr><td>{{label}}</td>{{#values}}<td class="n">{{.}}</td>{{/values}}</tr>
        {{/facts}}</tbody></table></div>{{/hasYears}}
        </section>
        {{#actions}}{{>firmActions}}{{/actions}}
        {{/content}}{{/layout}}
        """
}
