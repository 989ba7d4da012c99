import Foundation
import Yams

/// Bounds on the work reading one YAML file may cost; see `docs/limits.md`.
public enum YAMLLimits {
    /// Largest file read, in bytes.
    public static let maxBytes = 8 * 1024 * 1024
    /// Most nodes a document may hold once its aliases are expanded.
    public static let maxNodes = 200_000
    /// Longest single value (or key), in characters (Unicode scalars).
    public static let maxScalarCharacters = 2_000
    /// Longest name (an id, a display name, a brand, a product name, a host, a destination).
    public static let maxNameCharacters = 200
    /// Longest line a channel or persona file gives the host to say as written (greeting,
    /// handoff, filler, disclosure, selling point). Templates may use the full value limit.
    public static let maxLineCharacters = 1_000
}

/// Turns untrusted bytes into a YAML node tree with bounded work, or a `FileError` that
/// names the line: the size cap, UTF-8 and control characters are checked on the bytes;
/// then the aliases are measured on a copy with every `*` disarmed (no alias can expand
/// there), and only a document that stays under `YAMLLimits.maxNodes` and uses no alias
/// inside a mapping key (whose hashing would expand it) is composed for real.
///
/// ```swift
/// let node = try YAMLGuard.compose(YAMLGuard.text(of: data, file: path), file: path)
/// ```
public enum YAMLGuard {
    /// The bytes as text: at most `YAMLLimits.maxBytes`, valid UTF-8, no control characters
    /// other than tab and line breaks.
    public static func text(of data: Data, file: String) throws -> String {
        guard data.count <= YAMLLimits.maxBytes else {
            throw FileError(file: file, problem: "is \(data.count) bytes; files are limited to \(YAMLLimits.maxBytes / 1_048_576) MB")
        }
        var line = 1, column = 1
        var decoder = UTF8()
        var bytes = data.makeIterator()
        var text = String.UnicodeScalarView()
        while true {
            switch decoder.decode(&bytes) {
            case .scalarValue(let scalar):
                if isForbidden(scalar) {
                    let code = String(scalar.value, radix: 16, uppercase: true)
                    throw FileError(file: file, line: line, problem: "has a control character U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code) at column \(column); remove it")
                }
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
                text.append(scalar)
            case .emptyInput:
                return String(text)
            case .error:
                throw FileError(file: file, line: line, problem: "is not valid UTF-8 at column \(column); save the file as UTF-8")
            }
        }
    }

    /// Composes `text` (already checked by `text(of:file:)`); nil for an empty document.
    public static func compose(_ text: String, file: String) throws -> Node? {
        // Without a `*` there is no alias: the document is its own measure.
        let hasAliases = text.contains("*")
        let measured = hasAliases ? String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "*" ? marker : $0 })) : text
        let parser = try yamlError(file) { try Parser(yaml: measured) }
        guard let shape = try yamlError(file, { try parser.singleRoot() }) else { return nil }
        // Nodes hold their anchors weakly; the parser keeps them alive while the shape is measured.
        try withExtendedLifetime(parser) {
            var budget = AliasBudget(file: file)
            _ = try budget.measure(shape, inKey: false)
        }
        return hasAliases ? try yamlError(file) { try Yams.compose(yaml: text) } : shape
    }

    /// Stands in for `*` in the copy that is measured; a plain scalar starting with it was an alias.
    static let marker: Unicode.Scalar = "\u{E000}"

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00..<0x20, 0x7F, 0x80..<0xA0: true
        default: false
        }
    }

    /// Runs `body`, turning a Yams error into a `FileError` with a line (an alias's
    /// stand-in shown as `*` again).
    private static func yamlError<T>(_ file: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as YamlError {
            var fileError = YAMLFile.fileError(error, path: file)
            fileError.problem = fileError.problem.replacingOccurrences(of: String(Character(marker)), with: "*")
            throw fileError
        }
    }
}

/// Counts a document's nodes as they would be once aliases are expanded (an alias costs
/// what its anchor's node costs), stopping at `YAMLLimits.maxNodes`.
private struct AliasBudget {
    let file: String
    /// Expanded size of each anchor's node, registered when the node ends (as Yams does).
    private var anchors: [String: Int] = [:]
    private var total = 0
    private let limit = YAMLLimits.maxNodes

    init(file: String) { self.file = file }

    mutating func measure(_ node: Node, inKey: Bool) throws -> Int {
        var size = 1
        switch node {
        case .scalar(let scalar):
            let text = scalar.string
            if scalar.style == .plain, text.unicodeScalars.first == YAMLGuard.marker {
                let name = String(String.UnicodeScalarView(text.unicodeScalars.dropFirst().prefix { Self.isAnchorCharacter($0) }))
                if inKey {
                    throw FileError(file: file, line: node.mark?.line,
                                    problem: "uses the alias *\(name) inside a mapping key; aliases may only stand for values")
                }
                size = anchors[name] ?? 1
            } else if text.unicodeScalars.count > YAMLLimits.maxScalarCharacters {
                // Counted in Unicode scalars, so combining marks cannot hide a long value in one character.
                throw FileError(file: file, line: node.mark?.line, problem: "has a value of \(text.unicodeScalars.count) "
                                + "characters; values are limited to \(YAMLLimits.maxScalarCharacters)")
            }
        case .sequence(let sequence):
            for item in sequence { size += try measure(item, inKey: inKey) }
        case .mapping(let mapping):
            for (key, value) in mapping {
                size += try measure(key, inKey: true)
                size += try measure(value, inKey: inKey)
            }
        case .alias:
            break
        }
        size = min(size, limit + 1)
        if case .scalar = node { total += size }
        if total > limit {
            throw FileError(file: file, line: node.mark?.line,
                            problem: "expands to more than \(limit) values through its aliases (&anchor/*alias); write the values out or use fewer aliases")
        }
        if let anchor = node.anchor { anchors[anchor.rawValue] = size }
        return size
    }

    /// Characters libyaml allows in an anchor name.
    private static func isAnchorCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || scalar == "-" || scalar == "_")
    }
}
