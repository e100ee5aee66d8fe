extension PageTemplates {
    /// `/targets`: the day picker, the targets with their progress, and the admins' form.
    static let targets = """
        {{<layout}}{{$content}}
        <h1 id="targets-title">{{title}}</h1>
        <ul class="meta"><li id="day-line">{{dayLine}}</li></ul>
        {{#notice}}<p class="notice info" id="notice" role="status">{{notice}}</p>{{/notice}}
        <section>
        <form class="day" method="get" action="/targets" aria-label="{{t.dayPicker}}">
        <div><label for="as_of">{{t.asOfField}}</label><input type="date" id="as_of" name="as_of" value="{{asOf}}"></div>
        <div><label for="known_at">{{t.knownAtField}}</label><input type="text" id="known_at" name="known_at" value="{{knownAt}}" placeholder="2025-01-31T18:00"><span class="hint">{{t.knownAtHint}}</span></div>
        <div><label for="region">{{t.regionField}}</label><input type="text" id="region" name="region" value="{{region}}" size="8" placeholder="{{ownRegion}}"><span class="hint">{{t.regionHint}}</span></div>
        <div><button type="submit">{{t.showButton}}</button></div>
        </form>
        <p class="permalink"><a id="permalink" href="{{permalink}}">{{t.permalink}}</a></p>
        </section>
        <section>
        <p class="hint">{{r.targetsIntro}}</p>
        {{^hasRows}}<p class="empty" id="targets-empty">{{r.targetsNone}}</p>{{/hasRows}}
        {{#hasRows}}<div class="table-wrap"><table id="targets">
        <thead><tr><th>{{target.columnTier}}</th><th>{{t.regionField}}</th><th class="n">{{target.columnTarget}}</th><th class="n">{{target.columnDue}}</th><th class="n">{{target.columnCurrent}}</th><th class="n">{{yearBeforeHead}}</th><th class="n">{{target.columnProjection}}</th><th>{{r.columnProgress}}</th><th>{{target.columnStatus}}</th><th>{{target.columnSetBy}}</th><th class="n">{{target.columnSetAt}}</th></tr></thead>
        <tbody>{{#rows}}<tr data-target="{{id}}"><td><span class="badge tier-{{tier}}">{{tierName}}</span></td><td>{{regionLabel}}</td><td class="n" data-count="{{target}}">{{targetShown}}</td><td class="n">{{due}}</td><td class="n" data-count="{{current}}">{{currentShown}}</td><td class="n">{{yearBefore}}</td><td class="n">{{projectionShown}}</td><td class="progress"><progress value="{{bar}}" max="{{target}}">{{percent}}</progress> <span>{{percent}}</span></td><td><span class="target-status status-{{status}}">{{statusName}}</span></td><td>{{setBy}}</td><td class="n">{{setAt}}</td></tr>
        {{/rows}}</tbody></table></div>
        <p class="hint">{{footer}}</p>{{/hasRows}}
        </section>
        {{#canSet}}<section>
        <h2>{{r.setTargetTitle}}</h2>
        <p class="hint">{{r.setTargetHint}}</p>
        {{#formError}}<p class="notice error" id="form-error" role="alert">{{formError}}</p>{{/formError}}
        <form class="record-form" method="post" action="/targets">
        <input type="hidden" name="csrf_token" value="{{chrome.csrf}}">
        <div><label for="target-tier">{{t.tierField}}</label><select id="target-tier" name="tier">{{#tiers}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/tiers}}</select></div>
        <div><label for="target-count">{{r.countField}}</label><input type="number" id="target-count" name="count" value="{{form.count}}" min="1" required></div>
        <div><label for="target-due">{{r.dueField}}</label><input type="date" id="target-due" name="due" value="{{form.due}}" required></div>
        <div><label for="target-region">{{t.regionField}}</label><input type="text" id="target-region" name="region" value="{{form.region}}" size="8"></div>
        <div><button type="submit" id="set-target">{{r.setTargetButton}}</button></div>
        </form>
        </section>{{/canSet}}
        {{/content}}{{/layout}}
        """

    /// `/log`: the filters (GET), the records newest first, and the next page.
    static let log = """
        {{<layout}}{{$content}}
        <h1 id="log-title">{{title}}</h1>
        <p class="hint">{{r.logIntro}}</p>
        <section>
        <form class="day" method="get" action="/log" aria-label="{{t.filterLabel}}">
        <div><label for="operator">{{r.operatorField}}</label><input type="text" id="operator" name="operator" value="{{operator}}" size="14"><span class="hint">{{r.operatorHint}}</span></div>
        <div><label for="since">{{r.sinceField}}</label><input type="date" id="since" name="since" value="{{since}}"><span class="hint">{{r.sinceHint}}</span></div>
        <div><label for="region">{{t.regionField}}</label><input type="text" id="region" name="region" value="{{region}}" size="8" placeholder="{{ownRegion}}"><span class="hint">{{t.regionHint}}</span></div>
        <div><label for="as_of">{{t.asOfField}}</label><input type="date" id="as_of" name="as_of" value="{{asOf}}"></div>
        <div><label for="limit">{{r.limitField}}</label><input type="number" id="limit" name="limit" value="{{limit}}" min="1" max="200" size="5"></div>
        <div><button type="submit" id="filter-button">{{t.showButton}}</button></div>
        </form>
        </section>
        <section>
        <div class="section-head"><h2 id="log-count">{{shownLine}}</h2></div>
        {{^hasRows}}<p class="empty" id="log-empty">{{t.listEmpty}}</p>{{/hasRows}}
        {{#hasRows}}<div class="table-wrap"><table id="log">
        <thead><tr><th class="n">{{record.columnAt}}</th><th>{{record.columnOperator}}</th><th>{{record.columnRecord}}</th><th>{{r.columnFirm}}</th><th>{{record.columnWhat}}</th><th>{{record.columnSource}}</th><th>{{record.columnClient}}</th></tr></thead>
        <tbody>{{#rows}}<tr class="log-{{kind}}"><td class="n">{{at}}</td><td><a href="{{whoHref}}">{{who}}</a></td><td>{{kindName}}</td><td class="code">{{#hasFirm}}<a href="{{href}}">{{code}}</a>{{/hasFirm}}</td><td>{{what}}</td><td>{{source}}</td><td class="code">{{client}}</td></tr>
        {{/rows}}</tbody></table></div>{{/hasRows}}
        <p class="pager">{{#firstHref}}<a class="button secondary" id="first-page" href="{{firstHref}}">{{r.firstPage}}</a> {{/firstHref}}{{#nextHref}}<a class="button" id="next-page" href="{{nextHref}}">{{r.nextPage}}</a>{{/nextHref}}</p>
        </section>
        {{/content}}{{/layout}}
        """
}
