import Foundation
import StandInCore

extension PersonaStore {
    /// Brand folders under the root (names that pass `StoreName`), sorted.
    public func brands() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return names.filter { StoreName.isValid($0) && isDirectory("\(root)/\($0)") }.sorted()
    }

    /// Every persona of `brand`, sorted by id: those with a history, and hand-written
    /// `<id>.yaml` files the studio has not taken over yet (`isHandWritten`).
    public func personas(brand: String) throws -> [PersonaSummary] {
        _ = try StoreName.checked(brand, kind: "brand")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "\(root)/\(brand)")) ?? []
        let ids = Set(names.compactMap { name in
            [".history.jsonl", ".yaml"].first { name.hasSuffix($0) }.map { String(name.dropLast($0.count)) }
        }.filter(StoreName.isValid))
        return try ids.sorted().map { try summary(brand: brand, id: $0) }
    }

    /// The brand whose folder holds persona `id`, if any: the brand with its history, else the
    /// first brand (by name) with a hand-written `<id>.yaml`.
    public func brand(ofPersona id: String) throws -> String? {
        _ = try StoreName.checked(id, kind: "persona id")
        let brands = brands()
        return brands.first { FileManager.default.fileExists(atPath: path($0, id, ".history.jsonl")) }
            ?? brands.first { FileManager.default.fileExists(atPath: path($0, id, ".yaml")) }
    }

    /// The history and versions of one persona.
    public func summary(brand: String, id: String) throws -> PersonaSummary {
        _ = try StoreName.checked(brand, kind: "brand"); _ = try StoreName.checked(id, kind: "persona id")
        guard let data = FileManager.default.contents(atPath: path(brand, id, ".history.jsonl")) else {
            guard FileManager.default.fileExists(atPath: path(brand, id, ".yaml")) else {
                throw PersonaStoreError.unknownPersona(id: id)
            }
            return PersonaSummary(id: id, brand: brand, latest: 0, published: nil, history: [])
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let history = try String(decoding: data, as: UTF8.self).split(separator: "\n").map {
            try decoder.decode(PersonaRecord.self, from: Data($0.utf8))
        }
        let latest = history.filter { $0.action != .publish }.map(\.version).max() ?? 0
        return PersonaSummary(id: id, brand: brand, latest: latest, published: publishedVersion(brand: brand, id: id),
                              history: history)
    }

    /// The YAML text of one saved version.
    public func text(brand: String, id: String, version: Int) throws -> String {
        _ = try StoreName.checked(brand, kind: "brand"); _ = try StoreName.checked(id, kind: "persona id")
        guard let data = FileManager.default.contents(atPath: path(brand, id, ".v\(version).yaml")) else {
            throw PersonaStoreError.unknownVersion(id: id, version: version)
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// The text of `<id>.yaml`, exactly as on disk: the newest saved version, or a hand-written
    /// file the studio has not taken over yet.
    public func fileText(brand: String, id: String) throws -> String {
        _ = try StoreName.checked(brand, kind: "brand"); _ = try StoreName.checked(id, kind: "persona id")
        guard let data = FileManager.default.contents(atPath: path(brand, id, ".yaml")) else {
            throw PersonaStoreError.unknownPersona(id: id)
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// The path of a saved version's file (for loading it as a `Persona`).
    public func versionPath(brand: String, id: String, version: Int) throws -> String {
        _ = try StoreName.checked(brand, kind: "brand"); _ = try StoreName.checked(id, kind: "persona id")
        return path(brand, id, ".v\(version).yaml")
    }

    /// The published version number, read from the pointer file.
    public func publishedVersion(brand: String, id: String) -> Int? {
        guard let data = FileManager.default.contents(atPath: path(brand, id, ".published")) else { return nil }
        return Int(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The published version of persona `id` in whichever brand holds it: a cheap check (one
    /// small file) before loading, for a channel that polls at every segment boundary.
    public func publishedVersion(id: String) throws -> Int? {
        guard let brand = try brand(ofPersona: id) else { return nil }
        return publishedVersion(brand: brand, id: id)
    }

    /// What a running channel should air for persona `id`: the published version, loaded and
    /// checked like any persona file. Cheap enough to call at every segment boundary.
    public func publishedPersona(id: String) throws -> (persona: Persona, version: Int) {
        guard let brand = try brand(ofPersona: id), let version = publishedVersion(brand: brand, id: id) else {
            throw PersonaStoreError.notPublished(id: id)
        }
        return (try Persona.load(from: path(brand, id, ".v\(version).yaml")), version)
    }

    func path(_ brand: String, _ id: String, _ suffix: String) -> String {
        "\(root)/\(brand)/\(id)\(suffix)"
    }

    private func isDirectory(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
    }
}
