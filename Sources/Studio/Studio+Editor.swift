import Foundation
import PersonaStore

extension Studio {
    /// Everything the editor page shows: the fields by section, products for previews, history.
    func editorValues(session: StudioSession, brand: String, id: String, form: PersonaForm, version: Int?,
                      summary: PersonaSummary?, unkept: [String] = []) -> [String: Any] {
        let sections: [[String: Any]] = PersonaForm.sections.map { section in
            // A rare field with a value stays in view: what a persona says is never hidden.
            let (rare, common) = section.keys.compactMap { FieldSpec.all[$0] }.reduce(into: ([FieldSpec](), [FieldSpec]())) {
                if FieldSpec.rare.contains($1.key) && form[$1.key].isEmpty { $0.0.append($1) } else { $0.1.append($1) }
            }
            return ["title": section.title, "anchor": section.title.lowercased(), "isLook": section.title == "Look", "id": id,
                    "fields": common.map { fieldValues($0, value: form[$0.key]) },
                    "rareFields": rare.map { fieldValues($0, value: form[$0.key]) }, "hasRare": !rare.isEmpty]
        }
        let page = "/studio/brands/\(brand)/personas/\(id)"
        let history: [[String: Any]] = (summary?.history ?? []).reversed().map { record in
            let previous = record.version - 1
            let saved = record.action != .publish
            return ["version": record.version, "action": record.action.rawValue, "author": record.author,
                    "time": Self.timeText(record.time), "note": record.note, "draft": saved && record.isDraft,
                    "canDiff": saved && summary?.record(of: previous) != nil, "previous": previous, "page": page,
                    "canRestore": saved && record.version != summary?.latest]
        }
        let latest = summary.flatMap { $0.isHandWritten ? nil : $0.latest }
        let editing: String
        if summary?.isHandWritten == true {
            editing = "the hand-written file (not in the studio yet)"
        } else if let latest {
            let shown = version ?? latest
            editing = shown == latest ? "version \(shown), the newest" : "version \(shown), an older one (saving makes it the newest)"
        } else {
            editing = "a new persona, not saved yet"
        }
        return ["user": Self.userValues(session), "brand": brand, "id": id, "editing": editing,
                "latestDraft": latest.flatMap { summary?.record(of: $0)?.isDraft } ?? false,
                "latest": latest.map { $0 as Any } ?? false, "handWritten": summary?.isHandWritten ?? false,
                "published": summary?.published.map { $0 as Any } ?? false, "unkept": unkept, "hasUnkept": !unkept.isEmpty,
                "sections": sections, "history": history,
                "products": check.catalog.products.map { ["id": $0.id, "name": $0.name] }]
    }

    private func fieldValues(_ spec: FieldSpec, value: String) -> [String: Any] {
        var values: [String: Any] = ["key": spec.key, "label": spec.label, "hint": spec.hint, "value": value]
        if let inserts = FieldSpec.inserts[spec.key] {
            values["hasInserts"] = true
            values["inserts"] = inserts.map { ["name": $0, "text": $0 == "list_price" ? "{{#list_price}}{{list_price}}{{/list_price}}" : "{{\($0)}}"] }
        }
        switch spec.input {
        case .text where value.contains("\n"):
            // An <input> would drop the line breaks of a hand-written text.
            values["isLines"] = true; values["rows"] = value.split(separator: "\n", omittingEmptySubsequences: false).count
        case .text:
            values["isText"] = true
        case .lines(let rows):
            values["isLines"] = true; values["rows"] = rows
        case .slider(let range, let fallback):
            values["isSlider"] = true; values["min"] = range.lowerBound; values["max"] = range.upperBound
            values["value"] = value.isEmpty ? String(fallback) : value
        case .choice(let options):
            values["isChoice"] = true
            values["options"] = (options.contains(value) ? options : [value] + options).map {
                ["value": $0, "label": $0.isEmpty ? "(default)" : $0, "selected": $0 == value]
            }
        case .voice:
            values["isChoice"] = true
            values["isVoice"] = true
            values["options"] = (voices.contains(value) ? voices : [value] + voices).map {
                ["value": $0, "label": VoiceName.readable($0), "selected": $0 == value]
            }
        case .colour:
            values["isColour"] = true
            values["swatch"] = value.count == 7 && value.hasPrefix("#") ? value.lowercased() : "#000000"
        }
        return values
    }
}
