extension PageTemplates {
    /// Every page's frame: the tiers' colour bar, the header with the search box (GET /firms, `q`),
    /// the menu, the language switch and the account with 退出; then the page's `content`.
    static let layout = """
        <!doctype html>
        <html lang="{{htmlLang}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}} · {{t.appName}}</title>
        <link rel="stylesheet" href="/static/ladder.css">
        <link rel="icon" href="/favicon.ico">
        {{#chrome.signedIn}}<script src="/static/find.js" defer></script>{{/chrome.signedIn}}
        </head>
        <body>
        <a class="skip" href="#content">{{t.skipToContent}}</a>
        <div class="ladder-bar" aria-hidden="true"><span class="tier-tsme"></span><span class="tier-hnte"></span><span class="tier-growth"></span><span class="tier-leader"></span></div>
        <header class="top"><div class="inner">
        <a class="brand" href="/">{{t.appName}}</a>
        {{#chrome.signedIn}}
        <nav class="main" aria-label="{{t.navLabel}}"><ul>
        {{#chrome.nav}}<li><a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a></li>{{/chrome.nav}}
        </ul></nav>
        <form class="search" method="get" action="/firms" role="search">
        <label class="visually-hidden" for="header-q">{{t.searchLabel}}</label>
        <input type="search" id="header-q" name="q" value="{{chrome.q}}" placeholder="{{t.searchPlaceholder}}">
        <button type="submit">{{t.searchButton}}</button>
        </form>
        <div id="header-results" class="live-results" role="region" aria-live="polite" aria-label="{{o.liveResults}}" hidden></div>
        {{/chrome.signedIn}}
        <div class="account">
        <span class="lang" aria-label="{{t.languageLabel}}"><a href="{{chrome.zhHref}}" lang="zh"{{#chrome.isZh}} aria-current="true"{{/chrome.isZh}}>{{t.languageZh}}</a>|<a href="{{chrome.enHref}}" lang="en"{{#chrome.isEn}} aria-current="true"{{/chrome.isEn}}>{{t.languageEn}}</a></span>
        {{#chrome.signedIn}}
        <span class="who" id="account-name">{{chrome.accountLine}}</span>
        <form method="post" action="/logout"><input type="hidden" name="csrf_token" value="{{chrome.csrf}}"><button type="submit" id="logout">{{t.logout}}</button></form>
        {{/chrome.signedIn}}
        </div>
        </div></header>
        <main id="content">
        {{$content}}{{/content}}
        </main>
        <footer class="page-foot">ladder · {{t.appName}}</footer>
        </body>
        </html>
        """

    /// A refusal or failure: its title and what to do.
    static let problem = """
        {{<layout}}{{$content}}
        <h1>{{title}}</h1>
        <p class="notice error" id="problem">{{message}}</p>
        <p><a href="/">{{t.backHome}}</a></p>
        {{/content}}{{/layout}}
        """

    static let login = """
        {{<layout}}{{$content}}
        <h1>{{t.loginTitle}}</h1>
        <p class="hint">{{t.loginIntro}}</p>
        {{#error}}<p class="notice error" id="login-error" role="alert">{{error}}</p>{{/error}}
        {{#info}}<p class="notice info" id="login-info">{{info}}</p>{{/info}}
        <form class="login" method="post" action="/login">
        <input type="hidden" name="csrf_token" value="{{loginToken}}">
        <input type="hidden" name="next" value="{{next}}">
        <div><label for="username">{{t.username}}</label><input type="text" id="username" name="username" value="{{username}}" autocomplete="username" required autofocus></div>
        <div><label for="password">{{t.password}}</label><input type="password" id="password" name="password" autocomplete="current-password" required></div>
        <div><button type="submit" id="login-button">{{t.loginButton}}</button></div>
        </form>
        {{/content}}{{/layout}}
        """
}
