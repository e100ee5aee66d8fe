extension PageTemplates {
    /// `/accounts`: the accounts of the admin's region and below, and the form that adds one.
    /// The password fields are always empty: a password is never written into a page.
    static let accounts = """
        {{<layout}}{{$content}}
        <h1 id="accounts-title">{{title}}</h1>
        <p class="hint">{{r.accountsIntro}}</p>
        {{#notice}}<p class="notice info" id="notice" role="status">{{notice}}</p>{{/notice}}
        <section>
        <div class="table-wrap"><table id="accounts">
        <thead><tr><th>{{account.columnName}}</th><th>{{r.roleField}}</th><th>{{t.regionField}}</th><th>{{r.columnStatus}}</th><th class="n">{{r.columnCreated}}</th><th></th></tr></thead>
        <tbody>{{#rows}}<tr data-account="{{name}}"{{#disabled}} class="voided"{{/disabled}}><td>{{name}}</td><td>{{roleName}}</td><td>{{regionName}}（{{regionCode}}）</td><td>{{status}}</td><td class="n">{{created}}</td><td><a href="{{href}}">{{r.manage}}</a></td></tr>
        {{/rows}}</tbody></table></div>
        </section>
        <section>
        <h2>{{r.addAccountTitle}}</h2>
        {{#formError}}<p class="notice error" id="form-error" role="alert">{{formError}}</p>{{/formError}}
        <form class="record-form" method="post" action="/accounts" autocomplete="off">
        <input type="hidden" name="csrf_token" value="{{chrome.csrf}}">
        <div><label for="new-username">{{t.username}}</label><input type="text" id="new-username" name="username" value="{{form.name}}" required autocomplete="off"></div>
        <div><label for="new-role">{{r.roleField}}</label><select id="new-role" name="role">{{#roles}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/roles}}</select></div>
        <div><label for="new-region">{{t.regionField}}</label><input type="text" id="new-region" name="region" value="{{form.region}}" size="8" placeholder="{{ownRegion}}"><span class="hint">{{t.regionHint}}</span></div>
        <div><label for="new-password">{{r.passwordField}}</label><input type="password" id="new-password" name="password" autocomplete="new-password" required><span class="hint">{{passwordHint}}</span></div>
        <div><label for="new-password-again">{{r.passwordAgainField}}</label><input type="password" id="new-password-again" name="password_again" autocomplete="new-password" required></div>
        <div><button type="submit" id="add-account">{{r.addButton}}</button></div>
        </form>
        </section>
        {{/content}}{{/layout}}
        """

    /// `/accounts/{name}`: one account, its tokens, and the forms that change it.
    static let account = """
        {{<layout}}{{$content}}
        <h1 id="account-title">{{title}}</h1>
        <p><a href="{{back}}">{{r.backToAccounts}}</a></p>
        {{#notice}}<p class="notice info" id="notice" role="status">{{notice}}</p>{{/notice}}
        <section>
        <dl class="account-facts"><dt>{{r.roleField}}</dt><dd id="account-role">{{roleName}}</dd><dt>{{t.regionField}}</dt><dd>{{regionName}}（{{regionCode}}）</dd><dt>{{r.columnStatus}}</dt><dd id="account-status">{{status}}</dd><dt>{{r.columnCreated}}</dt><dd>{{created}}</dd></dl>
        {{^active}}<p class="hint">{{disabledLine}}</p>{{/active}}
        </section>
        <section>
        <h2>{{r.tokensTitle}}</h2>
        <p class="hint">{{r.tokensHint}}</p>
        {{#tokenError}}<p class="notice error" id="token-error" role="alert">{{tokenError}}</p>{{/tokenError}}
        {{^hasTokens}}<p class="empty" id="no-tokens">{{r.noTokens}}</p>{{/hasTokens}}
        {{#hasTokens}}<div class="table-wrap"><table id="tokens">
        <thead><tr><th class="n">{{r.columnTokenID}}</th><th class="n">{{r.columnTokenMade}}</th><th>{{r.columnStatus}}</th><th></th></tr></thead>
        <tbody>{{#tokens}}<tr data-token="{{id}}"><td class="n">{{id}}</td><td class="n">{{made}}</td><td>{{status}}</td><td>{{#live}}<form class="inline" method="post" action="{{path}}/tokens/{{id}}/revoke"><input type="hidden" name="csrf_token" value="{{chrome.csrf}}"><button type="submit" class="secondary" id="revoke-{{id}}">{{r.revokeButton}}</button></form>{{/live}}</td></tr>
        {{/tokens}}</tbody></table></div>{{/hasTokens}}
        {{#mayActAs}}<form class="inline" method="post" action="{{path}}/tokens"><input type="hidden" name="csrf_token" value="{{chrome.csrf}}"><button type="submit" id="make-token">{{r.makeTokenButton}}</button></form>{{/mayActAs}}
        {{#actsAsLine}}<p class="hint" id="acts-as-peer">{{actsAsLine}}</p>{{/actsAsLine}}
        </section>
        {{#mayActAs}}<section>
        <h2>{{r.newPasswordTitle}}</h2>
        <p class="hint">{{r.newPasswordHint}}</p>
        {{#passwordError}}<p class="notice error" id="password-error" role="alert">{{passwordError}}</p>{{/passwordError}}
        <form class="record-form" method="post" action="{{path}}/password" autocomplete="off">
        <input type="hidden" name="csrf_token" value="{{chrome.csrf}}">
        <div><label for="set-password">{{r.passwordField}}</label><input type="password" id="set-password" name="password" autocomplete="new-password" required><span class="hint">{{passwordHint}}</span></div>
        <div><label for="set-password-again">{{r.passwordAgainField}}</label><input type="password" id="set-password-again" name="password_again" autocomplete="new-password" required></div>
        <div><button type="submit" id="set-password-button">{{r.setPasswordButton}}</button></div>
        </form>
        </section>{{/mayActAs}}
        {{#disableError}}<p class="notice error" id="disable-error" role="alert">{{disableError}}</p>{{/disableError}}
        {{#mayDisable}}<section>
        <h2>{{r.disableTitle}}</h2>
        <p class="hint">{{r.disableHint}}</p>
        <form class="inline" method="post" action="{{path}}/disable"><input type="hidden" name="csrf_token" value="{{chrome.csrf}}"><button type="submit" class="danger" id="disable-account">{{r.disableButton}}</button></form>
        </section>{{/mayDisable}}
        {{/content}}{{/layout}}
        """

    /// The answer to 生成新令牌: the token, this once.
    static let token = """
        {{<layout}}{{$content}}
        <h1 id="token-title">{{title}}</h1>
        {{#token}}<p class="notice error" id="token-warning" role="alert">{{r.tokenWarning}}</p>
        <p><label for="new-token">{{label}}</label></p>
        <p><input type="text" id="new-token" class="token" value="{{token}}" readonly size="60"></p>{{/token}}
        {{^token}}<p class="notice info" id="token-gone" role="status">{{gone}}</p>{{/token}}
        <p><a href="{{backHref}}" id="back-to-account">{{back}}</a></p>
        {{/content}}{{/layout}}
        """
}
