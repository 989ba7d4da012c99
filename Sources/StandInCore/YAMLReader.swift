import Foundation
import Yams

/// Reads one YAML file into nodes, turning syntax errors into `FileError`s with a line.
struct YAMLFile {
    let path: String
    let root: Node

    init(path: String) throws {
        self.path = path
        let data: Data
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            if attributes[.type] as? FileAttributeType == .typeDirectory { throw FileError(file: path, problem: "is a folder, not a file") }
            guard let handle = FileHandle(forReadingAtPath: path) else { throw FileError(file: path, problem: "cannot be read") }
            defer { try? handle.close() }
            // Read one byte past the limit, so a pipe or device cannot make the read endless.
            data = try handle.read(upToCount: YAMLLimits.maxBytes + 1) ?? Data()
        } catch let error as FileError {
            throw error
        } catch {
            throw FileError(file: path, problem: "cannot be read: \(Self.reason(error))")
        }
        guard let node = try YAMLGuard.compose(YAMLGuard.text(of: data, file: path), file: path) else {
            throw FileError(file: path, line: 1, problem: "is empty")
        }
        root = node
    }

    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
           underlying.domain == NSPOSIXErrorDomain, let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue))
        }
        return nsError.localizedDescription
    }

    static func fileError(_ error: YamlError, path: String) -> FileError {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let where_ = context.map { "\($0.text) " } ?? ""
            return FileError(file: path, line: mark.line, problem: "is not valid YAML: \(where_)\(problem) (column \(mark.column))")
        case let .duplicatedKeysInMapping(duplicates, context):
            return FileError(file: path, line: context.mark.line,
                             problem: "is not valid YAML: duplicate key \(duplicates.joined(separator: ", "))")
        case let .reader(problem, offset, _, yaml):
            let line = offset.map { yaml.utf8.prefix($0).reduce(1) { $1 == 0x0A ? $0 + 1 : $0 } }
            return FileError(file: path, line: line, problem: "is not valid YAML: \(problem)")
        default:
            return FileError(file: path, line: 1, problem: "is not valid YAML: \(error)")
        }
    }
}

/// A YAML mapping read field by field. Every read marks the key as known;
/// `finish()` reports keys nobody asked for, because a typo must not be ignored.
final class YAMLMapping {
    let file: String
    let node: Node
    let context: String?
    private let pairs: [(key: String, keyLine: Int?, value: Node)]
    private var known: Set<String> = []

    /// `fieldPrefix` is prepended to field names in errors (e.g. `voice.`).
    let fieldPrefix: String

    init(_ node: Node, file: String, context: String?, fieldPrefix: String = "", what: String) throws {
        guard let mapping = node.mapping else {
            throw FileError(file: file, line: node.mark?.line, context: context,
                            field: what.isEmpty ? nil : what, problem: "must be a mapping of fields")
        }
        self.file = file
        self.node = node
        self.context = context
        self.fieldPrefix = fieldPrefix
        self.pairs = mapping.map { (key: $0.key.string ?? "", keyLine: $0.key.mark?.line, value: $0.value) }
    }

    var line: Int? { node.mark?.line }

    func error(_ key: String, _ problem: String, at valueNode: Node? = nil) -> FileError {
        let line = valueNode?.mark?.line ?? pairs.first { $0.key == key }?.keyLine ?? self.line
        return FileError(file: file, line: line, context: context, field: fieldPrefix + key, problem: problem)
    }

    func value(_ key: String) -> Node? {
        known.insert(key)
        guard let value = pairs.first(where: { $0.key == key })?.value else { return nil }
        if case .scalar(let scalar) = value, scalar.string.isEmpty, scalar.style == .plain { return nil }
        return value
    }

    func has(_ key: String) -> Bool { value(key) != nil }

    func optionalString(_ key: String, maxLength: Int = YAMLLimits.maxScalarCharacters) throws -> String? {
        guard let node = value(key) else { return nil }
        guard case .scalar(let scalar) = node else { throw error(key, "must be text", at: node) }
        let length = scalar.string.count
        if length > maxLength { throw error(key, "is \(length) characters long; at most \(maxLength) are allowed", at: node) }
        return scalar.string
    }

    func string(_ key: String, maxLength: Int = YAMLLimits.maxScalarCharacters) throws -> String {
        guard let text = try optionalString(key, maxLength: maxLength) else { throw error(key, "is missing") }
        if text.trimmingCharacters(in: .whitespaces).isEmpty { throw error(key, "must not be empty") }
        return text
    }

    func optionalInt(_ key: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let node = value(key) else { return nil }
        guard case .scalar(let scalar) = node, let number = Int(scalar.string) else {
            throw error(key, "must be a whole number, got '\(node.string ?? "a list or mapping")'", at: node)
        }
        guard range.contains(number) else {
            throw error(key, "must be between \(range.lowerBound) and \(range.upperBound), got \(number)", at: node)
        }
        return number
    }

    func int(_ key: String, in range: ClosedRange<Int>, default fallback: Int) throws -> Int {
        try optionalInt(key, in: range) ?? fallback
    }

    func color(_ key: String, default fallback: RGBA? = nil) throws -> RGBA {
        guard let text = try optionalString(key) else {
            if let fallback { return fallback }
            throw error(key, "is missing")
        }
        guard let color = RGBA(hex: text) else {
            throw error(key, "must be a colour like '#E8A0B4', got '\(text)'", at: value(key))
        }
        return color
    }

    func price(_ key: String, required: Bool) throws -> Price? {
        guard let node = value(key) else {
            if required { throw error(key, "is missing") }
            return nil
        }
        guard case .scalar(let scalar) = node, let price = Price(parsing: scalar.string) else {
            throw error(key, "must be a number, got '\(node.string ?? "a list or mapping")'", at: node)
        }
        return price
    }

    func stringList(_ key: String, required: Bool, maxLength: Int = YAMLLimits.maxScalarCharacters) throws -> [String] {
        guard let node = value(key) else {
            if required { throw error(key, "is missing") }
            return []
        }
        guard let sequence = node.sequence else { throw error(key, "must be a list", at: node) }
        return try sequence.enumerated().map { index, item in
            guard case .scalar(let scalar) = item, !scalar.string.isEmpty else {
                throw error("\(key)[\(index)]", "must be text", at: item)
            }
            let length = scalar.string.count
            if length > maxLength {
                throw error("\(key)[\(index)]", "is \(length) characters long; at most \(maxLength) are allowed", at: item)
            }
            return scalar.string
        }
    }

    func mapping(_ key: String, required: Bool = true) throws -> YAMLMapping? {
        guard let node = value(key) else {
            if required { throw error(key, "is missing") }
            return nil
        }
        return try YAMLMapping(node, file: file, context: context, fieldPrefix: fieldPrefix + key + ".", what: fieldPrefix + key)
    }

    /// Throws for the first key that no read asked about, suggesting the closest known key.
    func finish() throws {
        for pair in pairs where !known.contains(pair.key) {
            var problem = "is not a known field"
            if let guess = known.min(by: { editDistance($0, pair.key) < editDistance($1, pair.key) }),
               editDistance(guess, pair.key) <= 2 {
                problem += " (did you mean '\(fieldPrefix)\(guess)'?)"
            }
            throw FileError(file: file, line: pair.keyLine, context: context, field: fieldPrefix + pair.key, problem: problem)
        }
    }
}

/// Levenshtein distance, for "did you mean" hints on short keys.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty { return b.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
        var current = [i] + Array(repeating: 0, count: b.count)
        for j in 1...max(b.count, 1) where !b.isEmpty {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        previous = current
    }
    return previous[b.count]
}
