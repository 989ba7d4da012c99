import PersonaStore

/// The JSON the persona endpoints answer with.
struct PersonaResponse: Encodable {
    var summary: PersonaSummaryJSON?
    var version: Int?
    var fields: [String: String]?

    init(summary: PersonaSummary?, version: Int?, fields: [String: String]?) {
        self.summary = summary.map(PersonaSummaryJSON.init); self.version = version; self.fields = fields
    }
}

struct PersonaSummaryJSON: Encodable {
    var id: String, brand: String, latest: Int, published: Int?, history: [PersonaRecord]
    /// A hand-written `<id>.yaml` the studio has not taken over yet (`latest` is 0).
    var handWritten: Bool
    init(_ summary: PersonaSummary) {
        id = summary.id; brand = summary.brand; latest = summary.latest; published = summary.published
        history = summary.history; handWritten = summary.isHandWritten
    }
}

struct CheckResponse: Encodable {
    var problems: [FieldProblem]
    /// Editor key → its first line as said for the chosen product (fields that said nothing are absent).
    var examples: [String: String] = [:]
}

struct SaveResponse: Encodable { var version: Int; var draft: Bool; var problems: [FieldProblem] }
