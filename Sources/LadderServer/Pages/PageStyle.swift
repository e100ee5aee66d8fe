/// The pages' one stylesheet, served as `/static/ladder.css`: the HTML report's visual language
/// (navy headings, a colour per tier, clean tables, tabular numbers), system fonts only, a narrow
/// layout for phones. No inline style anywhere: the Content-Security-Policy allows only this file.
enum PageStyle {
    static let path = "/static/ladder.css"

    static let css = """
        :root { --ink: #1d2633; --muted: #5d6b7e; --line: #dfe4ea; --navy: #13294b; --paper: #fff;
          --ok: #1e7b45; --warn: #b3261e; --amber: #9a5b00; --accent: var(--navy); }
        * { box-sizing: border-box; }
        body { margin: 0; background: #eef1f5; color: var(--ink);
          font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif;
          font-size: 14px; line-height: 1.6; }
        a { color: #1f5fad; }
        a:focus, button:focus, input:focus { outline: 3px solid #f2b705; outline-offset: 1px; }
        .skip { position: absolute; left: -9999px; }
        .skip:focus { left: 8px; top: 8px; background: #fff; padding: 4px 8px; z-index: 2; }
        .ladder-bar { display: flex; height: 4px; }
        .ladder-bar span { flex: 1; background: var(--accent); }
        header.top { background: var(--navy); color: #fff; }
        header.top .inner { max-width: 1240px; margin: 0 auto; padding: 8px 20px; display: flex; flex-wrap: wrap;
          align-items: center; gap: 8px 18px; }
        header.top a { color: #fff; text-decoration: none; }
        .brand { font-weight: 700; font-size: 16px; white-space: nowrap; }
        nav.main ul { display: flex; gap: 4px; margin: 0; padding: 0; list-style: none; }
        nav.main a { display: block; padding: 4px 10px; border-radius: 4px; }
        nav.main a:hover { background: rgba(255,255,255,0.12); }
        nav.main a[aria-current="page"] { background: rgba(255,255,255,0.2); font-weight: 600; }
        form.search { display: flex; gap: 6px; align-items: center; flex: 1 1 260px; max-width: 420px; }
        form.search input { flex: 1; min-width: 0; }
        .account { display: flex; gap: 10px; align-items: center; margin-left: auto; font-size: 13px; flex-wrap: wrap; }
        .account form { margin: 0; }
        .lang a { padding: 0 4px; opacity: 0.75; }
        .lang a[aria-current="true"] { opacity: 1; font-weight: 600; text-decoration: underline; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
        input[type=text], input[type=search], input[type=password], input[type=date], input[type=number], select { font: inherit;
          padding: 5px 8px; border: 1px solid #9aa6b5; border-radius: 4px; background: #fff; color: var(--ink); }
        button, .button { font: inherit; padding: 5px 14px; border-radius: 4px; border: 1px solid var(--navy);
          background: var(--navy); color: #fff; cursor: pointer; }
        header.top button { background: transparent; border-color: rgba(255,255,255,0.6); padding: 2px 10px; }
        header.top form.search button { background: #fff; color: var(--navy); }
        main { max-width: 1240px; margin: 18px auto; background: var(--paper); padding: 24px 32px 32px;
          box-shadow: 0 1px 3px rgba(19, 41, 75, 0.12); }
        h1 { margin: 0 0 6px; font-size: 24px; line-height: 1.3; color: var(--navy); }
        h2 { margin: 0; font-size: 18px; color: var(--navy); }
        h3 { margin: 14px 0 6px; font-size: 15px; color: var(--navy); }
        .eyebrow { margin: 0; color: var(--muted); font-size: 13px; }
        .meta { display: flex; flex-wrap: wrap; gap: 6px 10px; margin: 6px 0 0; padding: 0; list-style: none; }
        .meta li { background: #f3f6fa; border: 1px solid var(--line); border-radius: 4px; padding: 1px 10px;
          font-size: 13px; color: var(--muted); }
        section { margin-top: 26px; }
        .section-head { border-left: 4px solid var(--navy); padding-left: 10px; margin-bottom: 12px;
          display: flex; justify-content: space-between; align-items: baseline; gap: 12px; flex-wrap: wrap; }
        .aside, .hint { color: var(--muted); font-size: 13px; }
        .empty { margin: 0; padding: 20px; text-align: center; color: var(--muted); background: #f7f9fb;
          border: 1px dashed var(--line); border-radius: 6px; }
        .notice { padding: 10px 14px; border-radius: 4px; margin: 12px 0; border: 1px solid; }
        .notice.error { background: #fbe6e4; border-color: #f0b8b2; color: var(--warn); }
        .notice.info { background: #e8f0fb; border-color: #b9cfee; color: var(--navy); }
        .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); gap: 14px; }
        .card { border: 1px solid var(--line); border-top: 4px solid var(--accent); border-radius: 6px; padding: 12px 16px; }
        .card h3 { margin: 0; font-size: 14px; font-weight: 600; color: var(--muted); }
        .card .value { margin: 2px 0 0; font-size: 30px; font-weight: 700; color: var(--accent);
          font-variant-numeric: tabular-nums; line-height: 1.2; }
        .card .unit { font-size: 14px; font-weight: 400; color: var(--muted); margin-left: 4px; }
        .tier-tsme { --accent: #2a9d8f; } .tier-hnte { --accent: #1f5fad; }
        .tier-growth { --accent: #e08a1e; } .tier-leader { --accent: #b23a48; }
        .badge { display: inline-block; padding: 0 7px; border-radius: 3px; color: #fff; font-size: 12px;
          white-space: nowrap; background: var(--accent); }
        .table-wrap { overflow-x: auto; }
        table { width: 100%; border-collapse: collapse; font-size: 13px; }
        caption { text-align: left; color: var(--muted); padding-bottom: 4px; }
        th { background: #f1f4f8; color: var(--navy); font-weight: 600; text-align: left; }
        th, td { padding: 6px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
        td.n, th.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        td.code, .code { font-family: "Noto Sans Mono CJK SC", "DejaVu Sans Mono", Consolas, monospace; font-size: 12px;
          white-space: nowrap; }
        tbody tr:nth-child(even) td { background: #fafbfd; }
        tr.voided td { color: var(--muted); text-decoration: line-through; }
        .v-pass, .v-eligible, .s-valid { color: var(--ok); font-weight: 600; }
        .v-fail, .v-not-eligible, .s-revoked, .s-expired { color: var(--warn); font-weight: 600; }
        .v-unknown, .v-insufficient-data, .s-not-started { color: var(--amber); font-weight: 600; }
        .soon { color: var(--warn); font-weight: 600; }
        td.v-pass, td.v-fail, td.v-unknown, td.n { white-space: nowrap; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 18px; margin: 0; }
        dl.facts dt { color: var(--muted); }
        dl.facts dd { margin: 0; }
        .checks { display: grid; grid-template-columns: repeat(auto-fit, minmax(520px, 1fr)); gap: 16px; }
        .check { min-width: 0; border: 1px solid var(--line); border-top: 4px solid var(--accent); border-radius: 6px; padding: 10px 14px; }
        .check h3 { margin: 0 0 4px; }
        form.day { display: flex; flex-wrap: wrap; gap: 10px 16px; align-items: flex-end; }
        form.day label, form.login label { display: block; font-size: 13px; color: var(--muted); }
        form.day .hint { display: block; font-size: 12px; }
        form.login { max-width: 360px; display: grid; gap: 12px; margin-top: 12px; }
        form.login input { width: 100%; }
        .permalink { font-size: 13px; margin-top: 8px; }
        th a { color: inherit; text-decoration: none; white-space: nowrap; }
        th a:hover { text-decoration: underline; }
        th[aria-sort="ascending"], th[aria-sort="descending"] { background: #e3eaf3; }
        .exports { display: flex; gap: 8px; }
        a.button { text-decoration: none; display: inline-block; }
        a.button.secondary { background: #fff; color: var(--navy); }
        footer.page-foot { max-width: 1240px; margin: 0 auto 24px; padding: 0 20px; color: var(--muted); font-size: 12px; }
        /* 导入 import pages (/imports, /imports/new) */
        form.import, form.void { display: grid; gap: 12px; max-width: 640px; margin-top: 12px; }
        form.import label, form.void label { display: block; font-size: 13px; color: var(--muted); }
        form.import .hint { display: block; font-size: 12px; }
        .notice.warning { background: #fdf3e1; border-color: #f0d39b; color: var(--amber); }
        table.counts { width: auto; min-width: 280px; }
        .badge.rejected { background: var(--warn); } .badge.warning { background: var(--amber); }
        td.rows { white-space: nowrap; }
        tr.header-row td { font-weight: 600; background: #f1f4f8; }
        .decide { display: flex; flex-wrap: wrap; gap: 10px; align-items: center; }
        .decide p { flex-basis: 100%; margin: 0; }
        button.secondary { background: #fff; color: var(--navy); }
        button.danger, a.danger { color: var(--warn); border-color: var(--warn); background: #fff; }
        progress#import-progress { width: 100%; max-width: 480px; height: 18px; }
        .downloads { display: flex; flex-wrap: wrap; gap: 8px; }
        @media (max-width: 700px) {
          header.top .inner { padding: 8px 10px; }
          form.search { max-width: none; flex-basis: 100%; order: 3; }
          .account { margin-left: 0; }
          main { margin: 0; padding: 14px 12px 20px; box-shadow: none; }
          h1 { font-size: 20px; }
          .checks { grid-template-columns: minmax(0, 1fr); }
          .card .value { font-size: 24px; }
          th, td { padding: 4px 6px; }
        }
        @media print {
          header.top, form.day, .permalink, .exports, footer.page-foot { display: none; }
          body { background: #fff; }
          main { box-shadow: none; margin: 0; max-width: none; }
        }
        /* Area: the actions on a firm's page (操作). */
        .actions { display: grid; gap: 8px; }
        details.action { border: 1px solid var(--line); border-radius: 6px; padding: 0 14px; }
        details.action[open] { padding-bottom: 14px; border-color: #b9cfee; }
        details.action summary { cursor: pointer; padding: 9px 0; font-weight: 600; color: var(--navy); }
        details.action summary:focus { outline: 3px solid #f2b705; outline-offset: 1px; }
        .action-fields { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 10px 16px; }
        .action-field label { display: block; font-size: 13px; color: var(--muted); }
        .action-field input, .action-field select { width: 100%; box-sizing: border-box; }
        .action-field.wide { grid-column: 1 / -1; }
        .action-field .hint { display: block; font-size: 12px; }
        .action-submit { margin-top: 12px; }
        select:focus { outline: 3px solid #f2b705; outline-offset: 1px; }
        fieldset.override { margin: 12px 0 0; border: 1px solid #f0b8b2; border-radius: 4px; }
        fieldset.override legend { color: var(--warn); font-weight: 600; }
        fieldset.override input { width: 100%; box-sizing: border-box; }
        .refusal p { margin: 4px 0; }
        .refusal ul { margin: 4px 0 4px 20px; padding: 0; }
        @media print { #actions { display: none; } }
        /* 目标, 日志, 账户 (targets, log, accounts) */
        form.record-form { display: flex; flex-wrap: wrap; gap: 10px 16px; align-items: flex-end; }
        form.record-form label { display: block; font-size: 13px; color: var(--muted); }
        form.record-form .hint { display: block; font-size: 12px; }
        form.inline { display: inline-block; margin: 4px 0; }
        button.secondary { background: #fff; color: var(--navy); }
        button.danger { background: var(--warn); border-color: var(--warn); }
        td.progress { white-space: nowrap; }
        td.progress progress { width: 90px; vertical-align: middle; }
        .target-status { font-weight: 600; }
        .status-met { color: var(--ok); } .status-on-track { color: var(--navy); }
        .status-off-track { color: var(--amber); } .status-missed { color: var(--warn); }
        .pager { display: flex; gap: 8px; margin-top: 10px; }
        dl.account-facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0; }
        dl.account-facts dt { color: var(--muted); }
        dl.account-facts dd { margin: 0; }
        input.token { font-family: ui-monospace, "DejaVu Sans Mono", monospace; width: 100%; max-width: 640px; }
        tr.voided td a { text-decoration: none; }
        table#log th, table#log td:nth-child(-n+4), table#log td:last-child { white-space: nowrap; }
        /* Overview (issue #14): the dashboard's targets and trend, the header's results as you type, print on A4. */
        .more { margin: 8px 0 0; font-size: 13px; }
        td.progress-cell { white-space: nowrap; }
        progress { width: 120px; height: 10px; vertical-align: middle; appearance: none; border: 0; border-radius: 5px;
          background: #e6eaf0; overflow: hidden; }
        progress::-webkit-progress-bar { background: #e6eaf0; border-radius: 5px; }
        progress::-webkit-progress-value { background: var(--accent); border-radius: 5px; }
        progress::-moz-progress-bar { background: var(--accent); }
        .percent { font-variant-numeric: tabular-nums; margin-left: 6px; }
        .t-met, .t-on-track { color: var(--ok); font-weight: 600; }
        .t-off-track, .t-missed { color: var(--warn); font-weight: 600; }
        figure.trend { margin: 0 0 12px; }
        figure.trend svg { width: 100%; height: auto; max-height: 260px; display: block; }
        svg .grid { stroke: var(--line); stroke-width: 1; }
        svg .axis { stroke: #9aa6b5; stroke-width: 1; }
        svg text { font-size: 11px; fill: var(--muted); font-variant-numeric: tabular-nums; }
        svg rect.bar { fill: var(--accent); }
        .legend { display: flex; flex-wrap: wrap; gap: 4px 16px; font-size: 13px; color: var(--muted); }
        .legend .key::before { content: ""; display: inline-block; width: 10px; height: 10px; margin-right: 5px;
          border-radius: 2px; background: var(--accent); }
        header.top .inner { position: relative; }
        .live-results { position: absolute; top: 100%; right: 20px; width: min(720px, calc(100% - 40px)); max-height: 70vh;
          overflow: auto; z-index: 5; background: #fff; color: var(--ink); padding: 8px 12px; border: 1px solid var(--line);
          border-radius: 0 0 6px 6px; box-shadow: 0 6px 18px rgba(19, 41, 75, 0.25); }
        .live-results[hidden] { display: none; }
        header.top .live-results a { color: #1f5fad; }
        .live-results .section-head { margin-bottom: 6px; }
        .live-results h2 { font-size: 14px; }
        @media (max-width: 700px) { .live-results { right: 10px; width: calc(100% - 20px); } }
        @page { size: A4; margin: 12mm; }
        @media print {
          nav.main, form, .skip, .live-results, #report-link, .more { display: none; }
          main { padding: 0; }
          section { break-inside: avoid; }
          figure.trend svg { max-height: 200px; }
        }
        """
}
