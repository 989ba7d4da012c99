import Foundation

extension PersonaStore {
    /// Writes `text` beside `path` and renames it into place, so readers never see half a file.
    func atomicWrite(_ text: String, to path: String) throws {
        try atomicWrite(Data(text.utf8), to: path)
    }

    func atomicWrite(_ data: Data, to path: String) throws {
        let temporary = path + ".partial-\(UUID().uuidString.prefix(8))"
        guard FileManager.default.createFile(atPath: temporary, contents: data) else {
            throw PersonaStoreError.unreadable(path: temporary)
        }
        if rename(temporary, path) != 0 {
            try? FileManager.default.removeItem(atPath: temporary)
            throw PersonaStoreError.unreadable(path: path)
        }
    }

    /// Appends one JSON line to the persona's history.
    func appendHistory(_ record: PersonaRecord, brand: String, id: String) throws {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let line = try encoder.encode(record) + Data("\n".utf8)
        let file = path(brand, id, ".history.jsonl")
        if !FileManager.default.fileExists(atPath: file) { _ = FileManager.default.createFile(atPath: file, contents: nil) }
        guard let handle = FileHandle(forWritingAtPath: file) else { throw PersonaStoreError.unreadable(path: file) }
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: line)
        try handle.synchronize()
    }
}
