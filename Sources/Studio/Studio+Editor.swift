import Foundation
import PersonaStore

extension Studio {
    /// Everything the editor page shows: the fields by section, products for previews, history.
    func editorValues(session: StudioSession, brand: String, id: String, form: PersonaForm, version: Int?,
                      summary: PersonaSummary?, unkept: [String] = []) -> [String: Any] {
        let sections: [[String: Any]] = PersonaForm.sections.map { section in
            ["title": section.title, "anchor": section.title.lowercased(), "isLook": section.title == "Look", "id": id,
             "fields": section.keys.compactMap { FieldSpec.all[$0].map { fieldValues($0, value: form[$0.key]) } }]
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
        let state = summary?.isHandWritten == true ? "hand-written file, not in the studio yet"
            : latest.map { "showing v\(version ?? $0) of v\($0)" } ?? "new"
        return ["user": Self.userValues(session), "brand": brand, "id": id, "state": state,
                "latest": latest.map { $0 as Any } ?? false, "handWritten": summary?.isHandWritten ?? false,
                "published": summary?.published.map { $0 as Any } ?? false, "unkept": unkept, "hasUnkept": !unkept.isEmpty,
                "sections": sections, "history": history,
                "products": check.catalog.products.map { ["id": $0.id, "name": $0.name] }]
    }

    private func fieldValues(_ spec: FieldSpec, value: String) -> [String: Any] {
        var values: [String: Any] = ["key": spec.key, "label": spec.label, "hint": spec.hint, "value": value]
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
            values["options"] = (options.contains(value) ? options : [value] + options).map { ["value": $0, "selected": $0 == value] }
        case .voice:
            values["isChoice"] = true
            values["options"] = (voices.contains(value) ? voices : [value] + voices).map { ["value": $0, "selected": $0 == value] }
        case .colour:
            values["isColour"] = true
            values["swatch"] = value.count == 7 && value.hasPrefix("#") ? value.lowercased() : "#000000"
        }
        return values
    }
}
