/// A problem in a file the user wrote, located by file, line and field.
///
/// Renders as `catalog.yaml:14: product 'tea-01': price must be a number, got '9,9'`.
public struct FileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Path as the user gave it.
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// Which record the field belongs to, e.g. `product 'tea-01'`.
    public var context: String?
    /// The field, e.g. `price` or `voice.rate`.
    public var field: String?
    /// What is wrong, e.g. `must be a number, got '9,9'`.
    public var problem: String

    public init(file: String, line: Int? = nil, context: String? = nil, field: String? = nil, problem: String) {
        self.file = file
        self.line = line
        self.context = context
        self.field = field
        self.problem = problem
    }

    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        text += ": "
        if let context { text += "\(context): " }
        if let field { text += "\(field) " }
        return text + problem
    }
}

/// Several file problems found in one pass, so the user can fix them all at once.
public struct FileErrors: Error, Sendable, CustomStringConvertible {
    public var errors: [FileError]
    public init(_ errors: [FileError]) { self.errors = errors }
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
