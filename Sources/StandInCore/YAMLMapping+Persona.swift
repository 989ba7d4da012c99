import Foundation
import Yams

/// Field readers the persona schema needs beyond text, numbers and colours.
extension YAMLMapping {
    /// Where `key`'s value is written (or the mapping, when the key is absent).
    func location(_ key: String) -> SourceLocation {
        SourceLocation(file: file, line: value(key)?.mark?.line ?? line)
    }

    /// One of an enum's raw values; the error lists the choices.
    func choice<T: RawRepresentable & CaseIterable>(_ key: String, default fallback: T) throws -> T where T.RawValue == String {
        guard let text = try optionalString(key) else { return fallback }
        guard let found = T(rawValue: text) else {
            let options = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw error(key, "must be one of \(options), got '\(text)'", at: value(key))
        }
        return found
    }

    /// A required calendar date written `YYYY-MM-DD`.
    func isoDate(_ key: String) throws -> String {
        let text = try string(key)
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), (1...Self.days(inMonth: month, year: year)).contains(day) else {
            throw error(key, "must be a date like 2025-03-01 (YYYY-MM-DD), got '\(text)'", at: value(key))
        }
        return text
    }

    private static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// An optional template: non-empty text, located at its line.
    func optionalTemplate(_ key: String) throws -> Persona.Template? {
        guard let text = try optionalString(key) else { return nil }
        if text.trimmingCharacters(in: .whitespaces).isEmpty { throw error(key, "must not be empty") }
        return Persona.Template(text: text, source: location(key))
    }

    /// A required template.
    func requiredTemplate(_ key: String) throws -> Persona.Template {
        guard let template = try optionalTemplate(key) else { throw error(key, "is missing") }
        return template
    }

    /// One text or a list of texts, each located at its own line; empty when absent.
    func templateList(_ key: String) throws -> [Persona.Template] {
        guard let node = value(key) else { return [] }
        let items: [Node] = node.sequence.map(Array.init) ?? [node]
        return try items.map { item in
            guard case .scalar(let scalar) = item, !scalar.string.isEmpty else {
                throw error(key, "must be text or a list of texts", at: item)
            }
            return Persona.Template(text: scalar.string, source: SourceLocation(file: file, line: item.mark?.line))
        }
    }

    /// A nested mapping for every item of the list at `key` (items may also be plain text,
    /// passed to `text`); empty when absent.
    func items<T>(_ key: String, mapping: (YAMLMapping) throws -> T, text: (String, SourceLocation) throws -> T) throws -> [T] {
        guard let node = value(key) else { return [] }
        guard let sequence = node.sequence else { throw error(key, "must be a list", at: node) }
        return try sequence.enumerated().map { index, item in
            if case .scalar(let scalar) = item {
                guard !scalar.string.isEmpty else { throw error("\(key)[\(index)]", "must not be empty", at: item) }
                return try text(scalar.string, SourceLocation(file: file, line: item.mark?.line))
            }
            let fields = try YAMLMapping(item, file: file, context: context, fieldPrefix: "\(fieldPrefix)\(key)[\(index)].",
                                         what: "\(fieldPrefix)\(key)[\(index)]")
            let result = try mapping(fields)
            try fields.finish()
            return result
        }
    }
}
