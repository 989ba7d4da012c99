/// Mustache sources of the pages; `head` and `foot` are partials shared by every page.
enum PageTemplates {
    static let all: [(String, String)] = [
        ("head", head), ("foot", foot), ("login", login), ("personas", personas), ("editor", PageTemplates.editor),
        ("field", PageTemplates.field), ("diff", diff), ("error", error),
    ]

    static let head = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>StandIn studio</title><link rel="stylesheet" href="/studio/assets/studio.css">
        {{#user}}<meta name="csrf-token" content="{{csrf}}">{{/user}}</head>
        <body><header><a class="home" href="/studio/personas">StandIn studio</a>
        {{#user}}<span class="who">{{name}} · {{brand}} · {{role}}</span>
        <form method="post" action="/studio/logout"><input type="hidden" name="csrf" value="{{csrf}}"><button id="logout">Sign out</button></form>{{/user}}</header><main>
        """

    static let foot = """
        </main><script src="/studio/assets/studio.js"></script></body></html>
        """

    static let login = """
        {{> head}}
        <h1>Sign in</h1>
        {{#error}}<p class="error" id="login-error">{{error}}</p>{{/error}}
        <form method="post" action="/studio/login" class="login"><input type="hidden" name="csrf" value="{{csrf}}">
        <label>Name <input name="name" id="name" autocomplete="username" required></label>
        <label>Password <input name="password" id="password" type="password" autocomplete="current-password" required></label>
        <button id="sign-in">Sign in</button></form>
        {{> foot}}
        """

    static let personas = """
        {{> head}}
        <h1>Personas</h1>
        {{#brands}}<section class="brand"><h2>{{brand}}</h2>
        <table class="personas"><tr><th>persona</th><th>latest</th><th>published</th><th>last change</th></tr>
        {{#personas}}<tr data-persona="{{id}}"><td><a href="/studio/brands/{{brand}}/personas/{{id}}">{{id}}</a></td>
        <td>{{#handWritten}}<span class="hand-written">hand-written file</span>{{/handWritten}}{{^handWritten}}v{{latest}}{{#draft}} <span class="draft">draft</span>{{/draft}}{{/handWritten}}</td>
        <td>{{#published}}v{{published}}{{/published}}{{^published}}—{{/published}}</td>
        <td>{{#handWritten}}not in the studio yet: open it to edit{{/handWritten}}{{^handWritten}}{{lastAction}} by {{lastAuthor}}, {{lastTime}}{{/handWritten}}</td></tr>{{/personas}}
        {{^personas}}<tr><td colspan="4">No personas yet.</td></tr>{{/personas}}</table>
        <form class="new" method="get" action="/studio/new" data-brand="{{brand}}"><h3>New persona</h3>
        <input type="hidden" name="brand" value="{{brand}}">
        <label>Host name <input name="name" class="new-name" value="{{newName}}" placeholder="e.g. Sunny Kitchen Host or 小林" required></label>
        <label>Id <input name="id" class="new-id" value="{{newID}}" pattern="[a-z0-9][a-z0-9\\-]{0,39}" maxlength="40"
          title="lower-case letters a–z, digits and '-'" placeholder="made from the name"></label>
        <small class="hint">The id names the persona's files and is what a channel asks for. It is made from the
        host name; change it if you like (a–z, 0–9, '-').</small>
        {{#newError}}<p class="error new-error">{{newError}}</p>{{/newError}}<button>Create</button></form>
        </section>{{/brands}}
        {{> foot}}
        """

    static let editor = """
        {{> head}}
        <div id="editor" data-api="/studio/api/brands/{{brand}}/personas/{{id}}" data-brand="{{brand}}"
          data-page="/studio/brands/{{brand}}/personas/{{id}}" data-latest="{{latest}}" data-published="{{published}}">
        <h1>{{id}} <small>{{brand}}</small></h1>
        <p class="onair" id="on-air">{{#published}}<strong>On air:</strong> version {{published}}.{{/published}}{{^published}}<strong>Not on air:</strong> no version is published yet.{{/published}}
        <strong>Editing:</strong> {{editing}}.</p>
        {{#notice}}<p class="notice done" id="notice" role="status">{{notice}}</p>{{/notice}}
        {{#handWritten}}<p class="notice" id="hand-written">This persona is a file written by hand. Saving keeps the file,
        exactly as written, as a version in the history, and your edit as the next version (without the file's comments).</p>{{/handWritten}}
        {{#hasUnkept}}<div class="notice" id="unkept"><p>The editor cannot show everything this file says exactly;
        saving from here would change:</p><ul>{{#unkept}}<li>{{.}}</li>{{/unkept}}</ul></div>{{/hasUnkept}}
        <div class="columns"><form class="fields" id="fields">
        {{#sections}}<fieldset id="section-{{anchor}}"><legend>{{title}}</legend>{{#fields}}{{> field}}{{/fields}}
        {{#hasRare}}<details class="more"><summary>More {{title}} settings</summary>{{#rareFields}}{{> field}}{{/rareFields}}
        {{#isLook}}<div class="upload"><p class="hint">A sprite pack replaces the drawn host with your own artwork: PNG
        layers with a transparent background, all the same size.</p>
        <label>Sprite pack name <input id="sprite-pack-name" value="{{id}}"></label>
        <label>Layers (PNG with alpha) <input id="sprite-files" type="file" accept="image/png" multiple></label>
        <button type="button" id="upload-sprites">Upload layers</button></div>{{/isLook}}</details>{{/hasRare}}</fieldset>{{/sections}}
        </form>
        <aside class="side"><section class="actions"><p id="status" class="status">Checking…</p>
        <ul class="problems" data-for="general"></ul><p id="message" class="message" role="status"></p>
        <label>What changed <input id="note" placeholder="e.g. warmer greeting"></label>
        <div class="buttons"><button type="button" id="save">Save new version</button>
        {{#latest}}<button type="button" id="publish"{{#latestDraft}} disabled title="version {{latest}} has problems: fix them and save first"{{/latestDraft}}>Publish version {{latest}}</button>{{/latest}}</div></section>
        <section class="preview"><h2>Preview</h2>
        <label>Product <select id="product">{{#products}}<option value="{{id}}">{{name}}</option>{{/products}}</select></label>
        <img id="preview-image" alt="how the host looks now"><p id="preview-status" class="status"></p>
        <label>Line to say (optional) <input id="line" maxlength="500" placeholder="the script, or your own words"></label>
        <button type="button" id="preview-wav">Hear it</button><button type="button" id="preview-mp4">Short clip</button>
        <button type="button" id="preview-png">Refresh picture</button>
        <audio id="preview-audio" controls></audio><video id="preview-video" controls></video></section>
        <section class="history"><h2>Versions</h2><table id="versions"><tr><th>v</th><th>what</th><th>who</th><th>when</th><th></th></tr>
        {{#history}}<tr class="version" data-version="{{version}}" data-action="{{action}}"><td>v{{version}}</td>
        <td>{{action}}{{#draft}} <span class="draft">draft</span>{{/draft}}{{#note}} — {{note}}{{/note}}</td><td>{{author}}</td><td>{{time}}</td>
        <td>{{#canDiff}}<a href="{{page}}/diff?from={{previous}}&amp;to={{version}}">changes</a> {{/canDiff}}
        {{#canRestore}}<button type="button" class="restore" data-version="{{version}}">restore</button>
        {{^draft}}<button type="button" class="restore-publish" data-version="{{version}}">restore and publish</button>{{/draft}}{{/canRestore}}</td></tr>{{/history}}
        </table></section>
        <section class="images"><h2>Product picture</h2><p class="hint">The picture shown on the product card; any
        PNG, JPEG or WebP file, up to 4096x4096.</p>
        <input id="image-file" type="file" accept="image/png,image/jpeg,image/webp"><button type="button" id="upload-image">Upload</button></section>
        </aside></div></div>
        {{> foot}}
        """

    static let field = """
        <div class="field" data-key="{{key}}"><label for="f-{{key}}">{{label}}</label>
        {{#isText}}<input id="f-{{key}}" data-field="{{key}}" value="{{value}}">{{/isText}}
        {{#isLines}}<textarea id="f-{{key}}" data-field="{{key}}" rows="{{rows}}">{{value}}</textarea>{{/isLines}}
        {{#isSlider}}<input id="f-{{key}}" data-field="{{key}}" type="range" min="{{min}}" max="{{max}}" value="{{value}}">
        <output for="f-{{key}}">{{value}}</output>{{/isSlider}}
        {{#isChoice}}<select id="f-{{key}}" data-field="{{key}}">{{#options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/options}}</select>{{/isChoice}}
        {{#isVoice}}<button type="button" id="hear-voice">Hear this voice</button>{{/isVoice}}
        {{#isColour}}<input id="f-{{key}}" data-field="{{key}}" value="{{value}}" placeholder="#RRGGBB" class="colour">
        <input type="color" class="swatch" data-for="f-{{key}}" value="{{swatch}}">{{/isColour}}
        {{#hasInserts}}<div class="inserts" data-for="f-{{key}}">Insert: {{#inserts}}<button type="button" class="insert" data-text="{{text}}">{{name}}</button>{{/inserts}}</div>
        <p class="example" data-for="{{key}}"></p>{{/hasInserts}}
        {{#hint}}<small class="hint">{{hint}}</small>{{/hint}}<ul class="problems" data-for="{{key}}"></ul></div>
        """

    static let diff = """
        {{> head}}
        <h1>{{id}}: v{{from}} → v{{to}}</h1><p><a href="{{page}}">back to the editor</a></p>
        <pre class="diff">{{#lines}}<span class="{{kind}}">{{sign}} {{text}}</span>
        {{/lines}}</pre>
        {{> foot}}
        """

    static let error = """
        {{> head}}
        <h1>{{status}}</h1><p class="error">{{message}}</p><p><a href="/studio/personas">Personas</a></p>
        {{> foot}}
        """
}
