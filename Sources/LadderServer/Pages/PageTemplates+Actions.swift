extension PageTemplates {
    /// The 操作 section of `/firms/{code}`: a form per action, each opening on its own (no script);
    /// a form refused comes back open, with the rules' reasons, the values typed and the override.
    static let firmActions = """
        <section id="actions">
        <div class="section-head"><h2>{{actions.title}}</h2><span class="aside">{{actions.intro}}</span></div>
        <div class="actions">
        {{#actions.forms}}<details class="action" id="action-{{formId}}"{{#open}} open{{/open}}>
        <summary>{{title}}</summary>
        <form method="post" action="{{href}}">
        <input type="hidden" name="csrf_token" value="{{chrome.csrf}}">
        {{#badInput}}<div class="notice error" role="alert" id="{{formId}}-problem"><strong>{{actions.badInputTitle}}：</strong>{{badInput}}</div>{{/badInput}}
        {{#refusal}}<div class="notice error refusal" role="alert" id="{{formId}}-refusal"><p><strong>{{refusedTitle}}：</strong>{{sentence}}</p>
        {{#hasFailed}}<p>{{failedTitle}}</p><ul class="failed">{{#failed}}<li>{{.}}</li>{{/failed}}</ul>{{/hasFailed}}
        {{#hasMissing}}<p>{{missingTitle}}</p><ul class="missing">{{#missing}}<li>{{.}}</li>{{/missing}}</ul>{{/hasMissing}}
        </div>{{/refusal}}
        {{#hasFormHint}}<p class="hint">{{formHint}}</p>{{/hasFormHint}}
        <div class="action-fields">
        {{#fields}}<div class="action-field{{#wide}} wide{{/wide}}"><label for="{{fieldId}}">{{label}}</label>
        {{#isSelect}}<select id="{{fieldId}}" name="{{name}}">{{#options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/options}}</select>{{/isSelect}}
        {{^isSelect}}<input type="text" id="{{fieldId}}" name="{{name}}" value="{{value}}"{{#required}} required{{/required}}{{#numeric}} inputmode="decimal"{{/numeric}}>{{/isSelect}}
        {{#hasHint}}<span class="hint">{{hint}}</span>{{/hasHint}}</div>
        {{/fields}}
        </div>
        {{#showOverride}}<fieldset class="override"><legend>{{actions.overrideTitle}}</legend>
        <p class="hint">{{actions.overrideHint}}</p>
        <label for="{{formId}}-override">{{actions.overrideLabel}}</label><input type="text" id="{{formId}}-override" name="override" value="{{overrideValue}}">
        </fieldset>{{/showOverride}}
        <div class="action-submit"><button type="submit" id="{{formId}}-submit">{{submit}}</button></div>
        </form>
        </details>
        {{/actions.forms}}
        </div>
        </section>
        """
}
