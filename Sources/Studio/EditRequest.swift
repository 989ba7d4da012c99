/// What the editor's script posts.
struct EditRequest: Decodable, Sendable {
    var fields: [String: String]?
    var note: String?
    var product: String?
    var line: String?
    var version: Int?
}
