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
    .columns { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.5em; }
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
    #preview-image { display: none; max-width: 100%; max-height: 480px; border: 1px solid #ccc; }
    #preview-audio, #preview-video { display: none; max-width: 100%; }
    pre.diff .added { background: #e6ffed; } pre.diff .removed { background: #ffeef0; }
    .login label { display: block; margin: .5em 0; }
    """
}
