import Foundation
import StandInCore

/// The implicit AI-content label written into every file StandIn renders, in the spirit of
/// GB 45438-2025 (a generated-content flag, the producer and a content id in the metadata),
/// next to the visible on-screen label.
public struct ContentLabel: Sendable, Equatable {
    public var producer: String
    public var contentID: String
    public var personaID: String
    public var productID: String?
    /// `Persona.versionTag` of the persona that rendered it, e.g. "3+a1b2c3d4".
    public var personaVersion: String?

    public init(producer: String, contentID: String = UUID().uuidString.lowercased(), personaID: String, productID: String?,
                personaVersion: String? = nil) {
        self.producer = producer; self.contentID = contentID; self.personaID = personaID; self.productID = productID
        self.personaVersion = personaVersion
    }

    /// The label of something `persona` rendered: its brand, id and version.
    public init(persona: Persona, productID: String?) {
        self.init(producer: persona.brand, personaID: persona.id, productID: productID, personaVersion: persona.versionTag)
    }

    /// Container tags: `AIGC` (JSON with Label, ContentProducer, ProduceID), a plain
    /// `comment`, and StandIn's own keys.
    public var metadata: [String: String] {
        let aigc: [String: String] = [
            "Label": "1",  // 1 = AI-generated
            "ContentProducer": producer,
            "ProduceID": contentID,
            "ReservedCode1": "persona:\(personaID)",
        ]
        let json = (try? JSONSerialization.data(withJSONObject: aigc, options: [.sortedKeys]))
            .flatMap { String(data: $0, encoding: .utf8) } ?? "{}"
        var tags = [
            "AIGC": json,
            "comment": "AI-generated content: virtual host rendered by StandIn for \(producer)",
            "standin_persona": personaID,
            "standin_content_id": contentID,
        ]
        if let productID { tags["standin_product"] = productID }
        if let personaVersion { tags["standin_persona_version"] = personaVersion }
        return tags
    }

    /// The same label as PNG text chunks (`AIGC`, `Comment`, `Software` and StandIn's keys),
    /// for stills: previews and contact sheets. The `AIGC` JSON is kept ASCII (`\uXXXX`
    /// escapes), so it goes in a `tEXt` chunk that every PNG reader shows.
    public var pngText: [String: String] {
        var text = metadata
        text["AIGC"] = text["AIGC"].map(Self.asciiJSON)
        text["Comment"] = text.removeValue(forKey: "comment")
        text["Software"] = "StandIn"
        return text
    }

    /// `json` with every non-ASCII character written as JSON's `\uXXXX` (UTF-16) escapes:
    /// the same JSON value, in ASCII.
    static func asciiJSON(_ json: String) -> String {
        var out = ""
        for unit in json.unicodeScalars {
            if unit.isASCII {
                out.unicodeScalars.append(unit)
            } else {
                for half in String(unit).utf16 { out += String(format: "\\u%04x", half) }
            }
        }
        return out
    }
}
