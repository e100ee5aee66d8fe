extension PageTemplates {
    /// `/`: the region's headline figures on a day, by place, what ends soon and what came in.
    static let dashboard = """
        {{<layout}}{{$content}}
        <h1 id="dashboard-title">{{title}}</h1>
        <ul class="meta"><li id="day-line">{{dayLine}}</li></ul>
        <section>
        <form class="day" method="get" action="/" aria-label="{{t.dayPicker}}">
        <div><label for="as_of">{{t.asOfField}}</label><input type="date" id="as_of" name="as_of" value="{{asOf}}"></div>
        <div><label for="known_at">{{t.knownAtField}}</label><input type="text" id="known_at" name="known_at" value="{{knownAt}}" placeholder="2025-01-31T18:00"><span class="hint">{{t.knownAtHint}}</span></div>
        <div><label for="region">{{t.regionField}}</label><input type="text" id="region" name="region" value="{{region}}" size="8" placeholder="{{ownRegion}}"><span class="hint">{{t.regionHint}}</span></div>
        <div><button type="submit">{{t.showButton}}</button></div>
        </form>
        <p class="permalink"><a id="permalink" href="{{permalink}}">{{t.permalink}}</a> · <a id="report-link" href="{{reportHref}}">{{o.reportLink}}</a></p>
        </section>
        <section>
        <div class="cards">
        {{#cards}}<div class="card tier-{{tier}}"><h3>{{label}}</h3><p class="value"><span class="figure" id="count-{{tier}}" data-count="{{count}}">{{shown}}</span><span class="unit">{{t.firmsUnit}}</span></p></div>
        {{/cards}}
        </div>
        <p class="hint" id="firms-counted">{{firmsCounted}}</p>
        </section>
        <section>
        <div class="section-head"><h2>{{o.targetsTitle}}</h2>{{#hasTargets}}<span class="aside">{{targetNote}}</span>{{/hasTargets}}</div>
        {{^targets}}<p class="empty" id="targets-none">{{o.targetsNone}}</p>{{/targets}}
        {{#hasTargets}}<div class="table-wrap"><table id="targets">
        <thead><tr><th>{{targetHead.tier}}</th><th>{{targetHead.region}}</th><th class="n">{{targetHead.target}}</th><th class="n">{{targetHead.due}}</th><th class="n">{{targetHead.current}}</th><th>{{o.columnDone}}</th><th class="n">{{targetYearBefore}}</th><th class="n">{{targetHead.projection}}</th><th>{{targetHead.status}}</th></tr></thead>
        <tbody>{{#targets}}<tr data-target="{{tier}} {{regionCode}}" class="tier-{{tier}}"><td><span class="badge tier-{{tier}}">{{tierName}}</span></td><td>{{region}}</td><td class="n" data-count="{{target}}">{{targetShown}}</td><td class="n">{{due}}</td><td class="n current" data-count="{{current}}">{{currentShown}}</td><td class="progress-cell"><progress max="{{target}}" value="{{bar}}">{{percent}}</progress> <span class="percent">{{percent}}</span></td><td class="n">{{yearBefore}}</td><td class="n projection" data-count="{{projection}}">{{projectionShown}}</td><td class="t-{{status}}">{{statusName}}</td></tr>
        {{/targets}}</tbody></table></div>{{/hasTargets}}
        </section>
        <section>
        <div class="section-head"><h2>{{placeTitle}}</h2></div>
        <div class="table-wrap"><table id="by-place">
        <thead><tr><th>{{t.columnPlaceCode}}</th><th>{{t.columnPlace}}</th><th class="n">{{t.columnTotal}}</th>{{#tierHeads}}<th class="n">{{.}}</th>{{/tierHeads}}</tr></thead>
        <tbody>{{#places}}<tr data-code="{{code}}"><td class="code">{{code}}</td><td>{{name}}</td><td class="n" data-count="{{count}}">{{shown}}</td>{{#positions}}<td class="n">{{.}}</td>{{/positions}}</tr>
        {{/places}}</tbody></table></div>
        </section>
        <section>
        <div class="section-head"><h2>{{trendTitle}}</h2><span class="aside">{{o.trendAside}}</span></div>
        {{#trendChart}}<figure class="trend">
        <svg id="trend-chart" viewBox="{{viewBox}}" role="img" aria-labelledby="trend-chart-title" preserveAspectRatio="xMidYMid meet">
        <title id="trend-chart-title">{{trendLabel}}</title>
        {{#ticks}}<line class="grid" x1="{{axisLeft}}" x2="{{axisRight}}" y1="{{y}}" y2="{{y}}"/><text class="tick" x="{{axisLeft}}" dx="-6" y="{{labelY}}" text-anchor="end">{{label}}</text>
        {{/ticks}}{{#groups}}<g>{{#bars}}<rect class="bar tier-{{tier}}" x="{{x}}" y="{{y}}" width="{{width}}" height="{{height}}"><title>{{title}}</title></rect>{{/bars}}{{#labelled}}<text class="month" x="{{labelX}}" y="{{monthY}}" text-anchor="middle">{{month}}</text>{{/labelled}}</g>
        {{/groups}}<line class="axis" x1="{{axisLeft}}" x2="{{axisRight}}" y1="{{baseline}}" y2="{{baseline}}"/>
        </svg>
        <figcaption class="legend">{{#trendLegend}}<span class="key tier-{{tier}}">{{name}}</span>{{/trendLegend}}</figcaption>
        </figure>{{/trendChart}}
        <div class="table-wrap"><table id="trend">
        <thead><tr><th>{{o.columnMonth}}</th>{{#trendLegend}}<th class="n">{{name}}</th>{{/trendLegend}}</tr></thead>
        <tbody>{{#trendRows}}<tr data-month="{{month}}"><td>{{month}}<span class="hint"> · {{end}}</span></td>{{#counts}}<td class="n" data-tier="{{tier}}" data-count="{{count}}">{{shown}}</td>{{/counts}}</tr>
        {{/trendRows}}</tbody></table></div>
        </section>
        <section>
        <div class="section-head"><h2>{{t.expiringTitle}}</h2>{{#expiringShown}}<span class="aside" id="expiring-count" data-count="{{expiringCount}}">{{expiringShown}}</span>{{/expiringShown}}</div>
        {{^expiring}}<p class="empty">{{t.expiringNone}}</p>{{/expiring}}
        {{#hasExpiring}}<div class="table-wrap"><table id="expiring">
        <thead><tr><th>{{term.creditCode}}</th><th>{{term.enterpriseName}}</th><th>{{show.columnTier}}</th><th>{{show.columnNumber}}</th><th>{{t.columnPlace}}</th><th class="n">{{t.columnLastDay}}</th><th class="n">{{t.columnDaysLeft}}</th></tr></thead>
        <tbody>{{#expiring}}<tr><td class="code"><a href="{{href}}">{{code}}</a></td><td><a href="{{href}}">{{name}}</a></td><td><span class="badge tier-{{tier}}">{{tierName}}</span></td><td class="code">{{number}}</td><td>{{place}}</td><td class="n">{{lastDay}}</td><td class="n{{#soon}} soon{{/soon}}">{{daysLeft}}</td></tr>
        {{/expiring}}</tbody></table></div>{{/hasExpiring}}
        <p class="more"><a id="expiring-all" href="{{expiringHref}}">{{o.expiringAll}}</a></p>
        </section>
        <section>
        <div class="section-head"><h2>{{t.importsTitle}}</h2></div>
        {{^imports}}<p class="empty">{{t.importsNone}}</p>{{/imports}}
        {{#hasImports}}<div class="table-wrap"><table id="imports">
        <thead><tr><th class="n">#</th><th class="n">{{t.columnStarted}}</th><th>{{t.columnFile}}</th><th>{{t.columnKindOfFile}}</th>{{#countHeads}}<th class="n">{{.}}</th>{{/countHeads}}<th>{{show.columnBy}}</th></tr></thead>
        <tbody>{{#imports}}<tr data-batch="{{id}}"{{#voided}} class="voided"{{/voided}}><td class="n">{{id}}</td><td class="n">{{started}}</td><td>{{file}}{{#listTitle}}<br><span class="hint">{{listTitle}}</span>{{/listTitle}}{{#voided}}<br><span class="hint">{{voided}}</span>{{/voided}}</td><td>{{kind}}</td>{{#counts}}<td class="n">{{.}}</td>{{/counts}}<td>{{by}}</td></tr>
        {{/imports}}</tbody></table></div>{{/hasImports}}
        <p class="more"><a id="imports-all" href="{{importsHref}}">{{o.importsAll}}</a></p>
        </section>
        {{/content}}{{/layout}}
        """
}
