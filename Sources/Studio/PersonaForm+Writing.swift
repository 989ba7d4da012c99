import Foundation
import Yams

extension PersonaForm {
    /// The persona file these fields describe, with empty fields left out; `version` is set by
    /// the store when saved.
    public func yaml(version: Int = 1) throws -> String {
        var root: [(String, Node)] = [("id", plain(self["id"])), ("version", Node(String(version)))]
        root += scalars(["display_name", "brand", "bio"])
        let languages = items("language")
        if languages.count > 1 {
            root.append(("languages", Node(languages.map { Node($0) }, Tag(.seq), .flow)))
        } else if let language = languages.first {
            root.append(("language", Node(language)))
        }
        if let name = text("modelled_on.name") {
            var consent = scalars(["modelled_on.consent.given_by", "modelled_on.consent.date"], under: "modelled_on.consent.")
            let scope = items("modelled_on.consent.scope")
            if !scope.isEmpty { consent.append(("scope", Node(scope.map { Node($0) }, Tag(.seq), .flow))) }
            var modelled: [(String, Node)] = [("name", plain(name))]
            if !consent.isEmpty { modelled.append(("consent", mapping(consent))) }
            root.append(("modelled_on", mapping(modelled)))
        }
        var voice = scalars(PersonaForm.sections[1].keys, under: "voice.")
        let pronunciations: [(String, Node)] = lines("voice.pronunciations").compactMap { line in
            guard let equals = line.firstIndex(of: "=") else { return (line, plain("")) }
            return (line[..<equals].trimmingCharacters(in: .whitespaces),
                    plain(line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)))
        }
        if !pronunciations.isEmpty { voice.append(("pronunciations", mapping(pronunciations))) }
        root.append(("voice", mapping(voice)))
        root.append(("look", mapping(scalars(PersonaForm.sections[2].keys, under: "look."))))
        root += scalars(["ai_label"])
        let disclosure = scalars(["disclosure.spoken", "disclosure.every_minutes"], under: "disclosure.")
        if !disclosure.isEmpty { root.append(("disclosure", mapping(disclosure))) }
        root += scalars(["greeting", "sign_off", "check_later"])
        root += list("catchphrases", lines("catchphrases").map(catchphrase))
        root += list("transitions", lines("transitions").map(plain))
        root.append(("templates", mapping(PersonaForm.templateKeys.compactMap { key in
            let variants = lines(key)
            return variants.isEmpty ? nil : (String(key.dropFirst("templates.".count)), Node(variants.map(plain), Tag(.seq)))
        })))
        let guardrails = guardrailsNode()
        if !guardrails.isEmpty { root.append(("guardrails", mapping(guardrails))) }
        return try Yams.serialize(node: mapping(root), width: -1, allowUnicode: true, sortKeys: false)
    }

    private func guardrailsNode() -> [(String, Node)] {
        var result = list("banned", lines("guardrails.banned").map(plain))
            + list("competitors", lines("guardrails.competitors").map(plain))
        var claims = list("extra", lines("guardrails.absolute_claims.extra").map(plain))
            + list("exempt", lines("guardrails.absolute_claims.exempt").map(plain))
        if let enabled = text("guardrails.absolute_claims.enabled") { claims.insert(("enabled", Node(enabled)), at: 0) }
        if !claims.isEmpty { result.append(("absolute_claims", mapping(claims))) }
        var decline: [(String, Node)] = []
        let topics = items("guardrails.decline_topics.topics")
        if topics == [PersonaForm.noTopics] {
            decline.append(("topics", Node([Node](), Tag(.seq), .flow)))
        } else if !topics.isEmpty {
            decline.append(("topics", Node(topics.map { Node($0) }, Tag(.seq), .flow)))
        }
        let keywords: [(String, Node)] = PersonaForm.keywordKeys.compactMap { key in
            let words = lines(key)
            return words.isEmpty ? nil : (String(key.split(separator: ".").last!), Node(words.map(plain), Tag(.seq)))
        }
        if !keywords.isEmpty { decline.append(("keywords", mapping(keywords))) }
        decline += scalars(["guardrails.decline_topics.line"], under: "guardrails.decline_topics.")
        if !decline.isEmpty { result.append(("decline_topics", mapping(decline))) }
        return result
    }

    /// `text | 10` → `{text, at_most_every_minutes: 10}`; plain text stays plain.
    private func catchphrase(_ line: String) -> Node {
        guard let bar = line.lastIndex(of: "|"),
              let minutes = Int(line[line.index(after: bar)...].trimmingCharacters(in: .whitespaces)) else { return plain(line) }
        return mapping([("text", plain(line[..<bar].trimmingCharacters(in: .whitespaces))),
                        ("at_most_every_minutes", Node(String(minutes)))])
    }

    /// Fields the schema reads as whole numbers; every other field is text.
    private static let numberKeys: Set<String> = [
        "voice.rate", "voice.pitch", "voice.pitch_range", "voice.volume", "voice.pause_after_sentence_ms",
        "voice.pause_between_segments_ms", "disclosure.every_minutes",
    ]

    /// Non-empty fields as `(last path part, value)`; number fields stay numbers, other fields are text.
    private func scalars(_ keys: [String], under prefix: String = "") -> [(String, Node)] {
        keys.filter { $0.hasPrefix(prefix) && !$0.dropFirst(prefix.count).contains(".") }.compactMap { key in
            guard let value = text(key) else { return nil }
            let node = Self.numberKeys.contains(key) && Int(value) != nil ? Node(value) : plain(value)
            return (String(key.dropFirst(prefix.count)), node)
        }
    }

    private func list(_ key: String, _ items: [Node]) -> [(String, Node)] {
        items.isEmpty ? [] : [(key, Node(items, Tag(.seq)))]
    }

    private func mapping(_ pairs: [(String, Node)]) -> Node {
        Node(pairs.map { (Node($0.0), $0.1) }, Tag(.map))
    }

    /// A text scalar, quoted when YAML would otherwise read it as a number, a boolean or null.
    private func plain(_ text: String) -> Node {
        let resolved = Resolver.default.resolveTag(of: Node(text))
        let style: Node.Scalar.Style = resolved == .str ? .any : .doubleQuoted
        return Node(text, Tag(.str), style)
    }
}
