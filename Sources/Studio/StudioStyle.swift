/// The studio's style sheet.
enum StudioStyle {
    static let source = """
    body { font: 15px/1.45 system-ui, "Noto Sans CJK SC", sans-serif; margin: 0; color: #222; background: #faf8f5; }
    header { display: flex; gap: 1em; align-items: center; padding: .6em 1.2em; background: #2e1f1b; color: #fff; }
    header a.home { color: #fff; font-weight: 600; text-decoration: none; }
    header .who { margin-left: auto; opacity: .85; }
    header form { margin: 0; }
    main { padding: 1em 1.5em; }
    h1 small { font-weight: normal; color: #666; font-size: .6em; }
    table { border-collapse: collapse; } td, th { padding: .25em .6em; border-bottom: 1px solid #ddd; text-align: left; }
    .columns { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.5em; align-items: start; }
    /* Actions and the live picture stay in view while the fields scroll. */
    .side { position: sticky; top: 0; max-height: 100vh; overflow-y: auto; }
    .buttons { display: flex; flex-wrap: wrap; gap: .4em; margin-top: .4em; }
    #save, #publish { font-weight: 600; padding: .35em .9em; }
    .onair { background: #eef6ee; border: 1px solid #b9d8b9; padding: .4em .8em; }
    .notice.done { background: #e8f4ff; border-color: #a9cdf0; }
    details.more { margin: .6em 0; } details.more summary { cursor: pointer; color: #555; }
    .inserts { font-size: .85em; color: #555; margin-top: .2em; } .inserts button { font-size: .9em; margin: 0 .2em .2em 0; }
    .example { color: #3a5a3a; font-style: italic; margin: .2em 0; }
    form.new { display: grid; gap: .3em; max-width: 32em; margin-top: 1em; } form.new label { display: block; }
    input, select, textarea, button { max-width: 100%; font: inherit; }
    img, video, audio { max-width: 100%; }
    @media (max-width: 800px) {
      .columns { grid-template-columns: minmax(0, 1fr); }
      .side { position: static; max-height: none; }
      main { padding: .6em; } header { flex-wrap: wrap; }
      table { display: block; overflow-x: auto; }
    }
    fieldset { border: 1px solid #ddd; margin-bottom: 1em; background: #fff; }
    .field { margin: .5em 0; } .field label { display: block; font-weight: 600; }
    .field input:not([type=range]):not([type=color]), .field textarea, .field select { width: 100%; box-sizing: border-box; }
    .field input.colour { width: 8em; } .hint { color: #777; }
    ul.problems { margin: .2em 0; padding-left: 1.2em; color: #b00020; }
    .status.ok { color: #1b7f3b; } .status.bad { color: #b00020; } .error { color: #b00020; }
    .notice { background: #fff7e0; border: 1px solid #e8d9a8; padding: .4em .8em; }
    .hand-written { color: #7a5b00; }
    .draft { background: #fde7c5; padding: 0 .3em; border-radius: 3px; font-size: .85em; }
    .side section { background: #fff; border: 1px solid #ddd; padding: .6em 1em; margin-bottom: 1em; }
    .side label { display: block; margin: .3em 0; }
    #preview-image { display: none; max-width: 100%; max-height: 45vh; border: 1px solid #ccc; }
    #preview-audio, #preview-video { display: none; max-width: 100%; }
    pre.diff .added { background: #e6ffed; } pre.diff .removed { background: #ffeef0; }
    .login label { display: block; margin: .5em 0; }
    """
}
