import Mustache

/// The studio's HTML pages: Mustache templates compiled once (values are HTML-escaped).
struct StudioPages: Sendable {
    private let library: MustacheLibrary

    init() throws {
        var library = MustacheLibrary()
        for (name, text) in PageTemplates.all { try library.register(text, named: name) }
        self.library = library
    }

    /// The page `name` filled from `values`; a missing template is a programming error caught by the tests.
    func render(_ name: String, _ values: [String: Any]) -> String {
        library.render(values, withTemplate: name) ?? "missing page template '\(name)'"
    }
}
