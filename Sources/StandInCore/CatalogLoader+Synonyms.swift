import Yams

/// Words a brand's viewers use for the same thing, from the catalog's top-level `synonyms:`
/// (each group a list of two or more words or phrases); FAQ search treats every word of a
/// group as the first one. A group may also name a product the way viewers do
/// (`[明前龙井, 龙井, 龙井茶]`), so the question names the product.
///
/// ```yaml
/// synonyms:
///   - [开水, 热水, 沸水]
///   - [围巾, 围脖, scarf]
/// ```
public struct SynonymGroup: Sendable, Equatable {
    public var words: [String]
    /// Where the group is written.
    public var source: SourceLocation

    public init(words: [String], source: SourceLocation) { self.words = words; self.source = source }

    /// At most this many groups, and words per group, in one catalog.
    public static let maxGroups = 2_000
    public static let maxWords = 50
}

extension Catalog {
    /// Reads `synonyms: [[a, b, …], …]`; an empty list is fine, anything else names file:line.
    static func loadSynonyms(_ root: YAMLMapping) throws -> [SynonymGroup] {
        guard let node = root.value("synonyms") else { return [] }
        guard let groups = node.sequence else {
            throw root.error("synonyms", "must be a list of groups, each a list of words: [[开水, 热水], [存放, 保存]]", at: node)
        }
        guard groups.count <= SynonymGroup.maxGroups else {
            throw root.error("synonyms", "has \(groups.count) groups; at most \(SynonymGroup.maxGroups) are allowed", at: node)
        }
        return try groups.enumerated().map { index, group in
            let field = "synonyms[\(index)]"
            guard let items = group.sequence else {
                throw root.error(field, "must be a list of two or more words, like [开水, 热水]", at: group)
            }
            guard (2...SynonymGroup.maxWords).contains(items.count) else {
                throw root.error(field, "must list 2 to \(SynonymGroup.maxWords) words, got \(items.count)", at: group)
            }
            let words = try items.enumerated().map { position, item -> String in
                guard case .scalar(let scalar) = item, !scalar.string.trimmingCharacters(in: .whitespaces).isEmpty else {
                    throw root.error("\(field)[\(position)]", "must be a non-empty word or phrase", at: item)
                }
                guard scalar.string.count <= YAMLLimits.maxNameCharacters else {
                    throw root.error("\(field)[\(position)]", "is \(scalar.string.count) characters long; at most "
                                     + "\(YAMLLimits.maxNameCharacters) are allowed", at: item)
                }
                return scalar.string.trimmingCharacters(in: .whitespaces)
            }
            return SynonymGroup(words: words, source: SourceLocation(file: root.file, line: group.mark?.line))
        }
    }
}
