extension ReportHTML {
    /// The page's only stylesheet. System fonts only (no downloads); A4 print rules keep each
    /// chart on one page and repeat table headers across pages.
    static let style = """
        :root { --ink: #1d2633; --muted: #5d6b7e; --line: #dfe4ea; --navy: #13294b; --paper: #ffffff;
          --ok: #1e7b45; --warn: #b3261e; }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0; background: #eef1f5; color: var(--ink);
          font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif;
          font-size: 14px; line-height: 1.6; }
        .page { max-width: 1120px; margin: 24px auto; background: var(--paper); padding: 40px 48px 32px;
          box-shadow: 0 1px 3px rgba(19, 41, 75, 0.12); }
        .num, td.n, th.n { font-variant-numeric: tabular-nums; }
        header.masthead { border-bottom: 1px solid var(--line); padding-bottom: 18px; margin-bottom: 8px; }
        .ladder-bar { display: flex; height: 6px; margin-bottom: 18px; }
        .ladder-bar span { flex: 1; }
        .eyebrow { margin: 0; color: var(--muted); font-size: 13px; letter-spacing: 0.08em; }
        h1 { margin: 4px 0 12px; font-size: 28px; line-height: 1.3; color: var(--navy); font-weight: 700; }
        .meta { display: flex; flex-wrap: wrap; gap: 8px 10px; margin: 0; padding: 0; list-style: none; }
        .meta li { background: #f3f6fa; border: 1px solid var(--line); border-radius: 4px; padding: 2px 10px;
          font-size: 13px; color: var(--muted); }
        .meta b { color: var(--ink); font-weight: 600; }
        section { margin-top: 28px; }
        .section-head { display: flex; justify-content: space-between; align-items: baseline; gap: 16px;
          border-left: 4px solid var(--navy); padding-left: 10px; margin-bottom: 14px; }
        h2 { margin: 0; font-size: 19px; color: var(--navy); }
        .aside { color: var(--muted); font-size: 13px; }
        .empty { margin: 0; padding: 28px; text-align: center; color: var(--muted); background: #f7f9fb;
          border: 1px dashed var(--line); border-radius: 6px; }
        .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); gap: 14px; }
        .card { border: 1px solid var(--line); border-top: 4px solid var(--accent); border-radius: 6px;
          padding: 14px 16px 12px; break-inside: avoid; }
        .card h3 { margin: 0; font-size: 14px; font-weight: 600; color: var(--muted); }
        .card .value { margin: 2px 0 8px; font-size: 30px; font-weight: 700; color: var(--accent);
          font-variant-numeric: tabular-nums; line-height: 1.2; }
        .card .unit { font-size: 14px; font-weight: 400; color: var(--muted); margin-left: 4px; }
        .progress { height: 8px; background: #e9edf2; border-radius: 4px; overflow: hidden; }
        .progress span { display: block; height: 100%; background: var(--accent); }
        .card .target { margin: 6px 0 8px; font-size: 13px; color: var(--muted); }
        .card .target b { color: var(--ink); }
        .card dl { margin: 0; font-size: 13px; }
        .card dl div { display: flex; justify-content: space-between; border-top: 1px dotted var(--line); padding: 3px 0; }
        .card dt { color: var(--muted); }
        .card dd { margin: 0; font-variant-numeric: tabular-nums; }
        .up { color: var(--ok); } .down { color: var(--warn); }
        .pill { display: inline-block; margin-top: 8px; padding: 1px 10px; border-radius: 10px; font-size: 12px; }
        .pill.ok { background: #e3f3e8; color: var(--ok); } .pill.late { background: #fbe6e4; color: var(--warn); }
        svg.chart { display: block; width: 100%; height: auto; }
        svg.chart text { font-family: inherit; fill: var(--ink); font-size: 13px; }
        svg.chart .tick { fill: var(--muted); font-size: 12px; }
        svg.chart .grid { stroke: #e6eaef; stroke-width: 1; }
        svg.chart .axis { stroke: #9aa6b5; stroke-width: 1; }
        table { width: 100%; border-collapse: collapse; font-size: 13px; }
        th { background: #f1f4f8; color: var(--navy); font-weight: 600; text-align: left; }
        th, td { padding: 6px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
        td.n, th.n { text-align: right; white-space: nowrap; }
        td.code { font-family: "Noto Sans Mono CJK SC", "DejaVu Sans Mono", Consolas, monospace; font-size: 12px; white-space: nowrap; }
        td.nowrap { white-space: nowrap; }
        tbody tr:nth-child(even) td { background: #fafbfd; }
        td.heat { text-align: center; font-weight: 600; }
        .h1 { background: #f6c9c4 !important; } .h2 { background: #fbdcb4 !important; } .h3 { background: #fdf0bd !important; }
        .h4 { background: #d6eedb !important; } .h5 { background: #a9dcb6 !important; }
        .legend { display: flex; flex-wrap: wrap; gap: 6px 16px; margin: 10px 0 0; padding: 0; list-style: none;
          font-size: 12px; color: var(--muted); }
        .legend i { display: inline-block; width: 14px; height: 10px; margin-right: 6px; border-radius: 2px;
          vertical-align: baseline; }
        .badge { display: inline-block; padding: 0 7px; border-radius: 3px; color: #fff; font-size: 12px; white-space: nowrap; }
        .soon { color: var(--warn); font-weight: 600; }
        footer { margin-top: 32px; padding-top: 12px; border-top: 1px solid var(--line); color: var(--muted); font-size: 12px; }
        footer ol { margin: 4px 0 8px; padding-left: 20px; }
        @page { size: A4; margin: 12mm; }
        @media print {
          body { background: #fff; font-size: 11px; }
          .page { max-width: none; margin: 0; padding: 0; box-shadow: none; }
          section.figure, .card, figure { break-inside: avoid; page-break-inside: avoid; }
          .section-head { break-after: avoid; page-break-after: avoid; }
          thead { display: table-header-group; }
          tr { break-inside: avoid; page-break-inside: avoid; }
          .cards { grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 8px; }
          .card { padding: 10px 10px 8px; }
          .card .value { font-size: 22px; }
          .card h3 { font-size: 12px; }
          .card dl, .card .target { font-size: 10px; }
          .card dt, .card dd { white-space: nowrap; }
          svg.chart text { font-size: 15px; }
          svg.chart .tick { font-size: 14px; }
          table { font-size: 10px; }
          td.code { font-size: 9.5px; }
          .badge { font-size: 9px; padding: 0 4px; }
          td.name { min-width: 11em; }
          th, td { padding: 3px 4px; }
        }
        """
}
