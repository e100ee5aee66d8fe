extension PageTemplates {
    static let importSources: [(String, String)] = [
        ("imports", imports), ("importNew", importNew), ("importDryRun", importDryRun), ("importProgress", importProgress),
        ("importDone", importDone), ("importVoid", importVoid),
    ]

    /// `/imports`: the region's batches, newest first, with their counts, files and 作废.
    static let imports = """
        {{<layout}}{{$content}}
        <div class="section-head"><h1 id="imports-title">{{title}}</h1>{{#mayImport}}<a class="button" id="new-import" href="/imports/new">{{ti.newLink}}</a>{{/mayImport}}</div>
        {{#notice}}<p class="notice info" id="import-notice" role="status">{{notice}}</p>{{/notice}}
        {{^hasBatches}}<p class="empty" id="imports-empty">{{t.importsNone}}</p>{{/hasBatches}}
        {{#hasBatches}}<div class="table-wrap"><table id="import-batches">
        <thead><tr><th class="n">#</th><th>{{t.columnFile}}</th><th>{{t.columnKindOfFile}}</th><th>{{show.columnBy}}</th><th class="n">{{t.columnStarted}}</th>{{#countHeads}}<th class="n">{{.}}</th>{{/countHeads}}<th>{{ti.columnFiles}}</th><th>{{ti.columnAction}}</th></tr></thead>
        <tbody>{{#batches}}<tr id="batch-{{id}}"{{#voided}} class="voided"{{/voided}}><td class="n">{{id}}</td><td>{{file}}{{#listTitle}}<br><span class="hint">{{listTitle}}</span>{{/listTitle}}</td><td>{{kind}}</td><td>{{by}}</td><td class="n">{{started}}</td>{{#counts}}<td class="n">{{.}}</td>{{/counts}}
        <td>{{#rejectsHref}}<a href="{{rejectsHref}}" download>{{ti.rejectsFile}}</a> {{/rejectsHref}}{{#problemsHref}}<a href="{{problemsHref}}" download>{{ti.problemsFile}}</a>{{/problemsHref}}</td>
        <td>{{#voided}}{{voided}}{{/voided}}{{#voidHref}}<a class="danger" href="{{voidHref}}">{{ti.voidButton}}</a>{{/voidHref}}</td></tr>
        {{/batches}}</tbody></table></div>{{/hasBatches}}
        {{/content}}{{/layout}}
        """

    /// `/imports/new`: the file and the options `ladder import` takes as --as, --year, --effective.
    static let importNew = """
        {{<layout}}{{$content}}
        <h1 id="import-title">{{title}}</h1>
        <p class="hint">{{ti.newIntro}}</p>
        {{#notice}}<p class="notice info" id="import-notice" role="status">{{notice}}</p>{{/notice}}
        {{#error}}<p class="notice error" id="import-error" role="alert">{{error}}</p>{{/error}}
        <form class="import" method="post" action="/imports/new" enctype="multipart/form-data">
        <input type="hidden" name="csrf_token" value="{{chrome.csrf}}">
        <div><label for="file">{{ti.fileField}}</label><input type="file" id="file" name="file" accept=".csv,.txt,.tsv,.xlsx,.xls,.et,.pdf" required><span class="hint">{{limitHint}}</span></div>
        <div><label for="as">{{ti.kindField}}</label><select id="as" name="as"><option value="">{{ti.kindAuto}}</option>{{#kinds}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/kinds}}</select></div>
        <div><label for="year">{{ti.yearField}}</label><input type="text" id="year" name="year" value="{{year}}" inputmode="numeric" size="6"><span class="hint">{{ti.yearHint}}</span></div>
        <div><label for="effective">{{ti.effectiveField}}</label><input type="text" id="effective" name="effective" value="{{effective}}" size="12"><span class="hint">{{ti.effectiveHint}}</span></div>
        <div><button type="submit" id="upload-button">{{ti.uploadButton}}</button></div>
        </form>
        <p><a href="/imports">{{ti.allImports}}</a></p>
        {{/content}}{{/layout}}
        """

    /// The counts, notes and problems of a dry run or an import.
    static let importFindings = """
        <section>
        <p class="meta" id="kind-line">{{kindLine}}</p>
        {{#fileTitle}}<p class="hint">{{fileTitle}}</p>{{/fileTitle}}
        <h2>{{ti.countsTitle}}</h2>
        <div class="table-wrap"><table id="import-counts" class="counts"><tbody>
        {{#counts}}<tr><th>{{label}}</th><td class="n" id="count-{{key}}" data-count="{{count}}">{{shown}}</td></tr>{{/counts}}
        </tbody></table></div>
        {{#notes}}<p class="hint note">{{.}}</p>{{/notes}}
        <h2>{{ti.problemsTitle}}</h2>
        {{^hasProblems}}<p class="empty" id="no-problems">{{ti.noProblems}}</p>{{/hasProblems}}
        {{#hasProblems}}<div class="table-wrap"><table id="import-problems">
        <thead><tr><th>{{ti.columnLevel}}</th><th class="n">{{ti.columnCount}}</th><th>{{ti.columnColumn}}</th><th>{{ti.columnMessage}}</th><th>{{ti.columnRows}}</th></tr></thead>
        <tbody>{{#problems}}<tr data-kind="{{kind}}"><td>{{#error}}<span class="badge rejected">{{level}}</span>{{/error}}{{^error}}<span class="badge warning">{{level}}</span>{{/error}}</td><td class="n">{{count}}</td><td>{{column}}</td><td>{{message}}</td><td class="rows">{{rows}}</td></tr>
        {{/problems}}</tbody></table></div>{{/hasProblems}}
        </section>
        """

    /// The dry run, then 确认导入 or 取消.
    static let importDryRun = """
        {{<layout}}{{$content}}
        <h1 id="import-title">{{title}}</h1>
        <p class="notice info" id="dry-run-line">{{dryRunLine}}</p>
        \(importFindings)
        {{#hasFirstRows}}<section>
        <h2>{{firstRowsTitle}}</h2>
        <div class="table-wrap"><table id="first-rows">
        <tbody>{{#firstRows}}<tr{{#header}} class="header-row"{{/header}}><th class="n">{{number}}</th>{{#cells}}<td>{{.}}</td>{{/cells}}</tr>
        {{/firstRows}}</tbody></table></div>
        </section>{{/hasFirstRows}}
        <section class="decide">
        <p class="hint">{{ti.applyHint}} {{ti.keptHint}}</p>
        <form method="post" action="/imports/new/{{id}}/apply"><input type="hidden" name="csrf_token" value="{{chrome.csrf}}"><button type="submit" id="apply-button">{{ti.applyButton}}</button></form>
        <form method="post" action="/imports/new/{{id}}/cancel"><input type="hidden" name="csrf_token" value="{{chrome.csrf}}"><button type="submit" class="secondary" id="cancel-button">{{ti.cancelButton}}</button></form>
        </section>
        {{/content}}{{/layout}}
        """

    /// While a file is recorded: the page reloads itself (no script) until the result shows.
    static let importProgress = """
        {{<layout}}{{$content}}
        <meta http-equiv="refresh" content="2">
        <h1 id="import-title">{{title}}</h1>
        <progress id="import-progress" max="100" value="{{percent}}">{{percent}}%</progress>
        <p id="progress-line">{{progressLine}}</p>
        <p class="hint">{{ti.progressHint}}</p>
        {{/content}}{{/layout}}
        """

    /// The import's result, with its rejects and problems to download.
    static let importDone = """
        {{<layout}}{{$content}}
        <h1 id="import-title">{{title}}</h1>
        <p class="notice info" id="recorded-line">{{recordedLine}}</p>
        <p class="downloads">{{#rejectsHref}}<a class="button" id="download-rejects" href="{{rejectsHref}}" download>{{rejectsLabel}}</a> {{/rejectsHref}}{{#problemsHref}}<a class="button secondary" id="download-problems" href="{{problemsHref}}" download>{{ti.downloadProblems}}</a>{{/problemsHref}}</p>
        \(importFindings)
        <p><a href="/imports" id="all-imports">{{ti.allImports}}</a> · <a href="/imports/new">{{ti.importAnother}}</a></p>
        {{/content}}{{/layout}}
        """

    /// 作废: what it does, the reason, and the confirmation.
    static let importVoid = """
        {{<layout}}{{$content}}
        <h1 id="import-title">{{title}}</h1>
        <p class="meta">#{{id}} {{file}} · {{by}} · {{started}}</p>
        <p class="notice warning">{{ti.voidIntro}}</p>
        {{#error}}<p class="notice error" id="void-error" role="alert">{{error}}</p>{{/error}}
        <form class="void" method="post" action="/imports/{{id}}/void">
        <input type="hidden" name="csrf_token" value="{{chrome.csrf}}">
        <div><label for="reason">{{ti.reasonField}}</label><input type="text" id="reason" name="reason" value="{{reason}}" required size="40"></div>
        <div><button type="submit" class="danger" id="void-button">{{ti.voidConfirm}}</button> <a href="/imports">{{ti.backToList}}</a></div>
        </form>
        {{/content}}{{/layout}}
        """
}
