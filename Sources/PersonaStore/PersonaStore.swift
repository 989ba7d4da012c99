import Foundation
import StandInCore
import Synchronization

/// The versioned personas of every brand, in plain files under one root folder.
///
/// ```swift
/// let store = PersonaStore(root: "personas")
/// let saved = try store.save(brand: "shanjian", id: "xiaolin", yaml: text, author: "lin", problems: 0)
/// try store.publish(brand: "shanjian", id: "xiaolin", version: saved.version, author: "lin")
/// let (persona, version) = try store.publishedPersona(id: "xiaolin")   // what a channel airs
/// ```
/// Layout, per brand folder (`<root>/<brand>/`), so relative paths in a persona (sprite packs)
/// mean the same in every version:
/// - `<id>.yaml`: the newest saved version, the source of truth for the tools (or a file
///   written by hand, listed as `isHandWritten` until `adopt` takes it over);
/// - `<id>.v<n>.yaml`: every version ever saved, never changed once written;
/// - `<id>.history.jsonl`: one `PersonaRecord` per save, roll back and publish;
/// - `<id>.published`: the published version number (replaced atomically).
/// Safe to use from many tasks of one process (a mutex serializes writes); other processes
/// may read while it writes, since every file appears by rename.
public final class PersonaStore: Sendable {
    public let root: String
    private let writing = Mutex(())
    private let clock: @Sendable () -> Date

    public init(root: String, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.root = root; self.clock = clock
    }

    /// Saves `yaml` as the next version of `id` (its `version:` line set to that number) and
    /// makes it the persona's `<id>.yaml`. A new id must not be used by another brand; a
    /// hand-written `<id>.yaml` must be adopted first.
    @discardableResult
    public func save(brand: String, id: String, yaml: String, author: String, note: String = "",
                     problems: Int) throws -> PersonaRecord {
        try writing.withLock { _ in
            try saveLocked(brand: brand, id: id, yaml: yaml, record: PersonaRecord(
                action: .save, version: 0, author: author, time: clock(), note: note, problems: problems))
        }
    }

    /// Takes over a hand-written `<id>.yaml`: its exact text becomes a version (numbered by
    /// its own `version:` line, 1 without one, so `v<n>.yaml` still says `version: n`) and the
    /// history starts with it. The file itself is not rewritten. Nil when the persona already
    /// has a history; `unknownPersona` when there is no file.
    @discardableResult
    public func adopt(brand: String, id: String, author: String, problems: Int) throws -> PersonaRecord? {
        try writing.withLock { _ in
            guard try summary(brand: brand, id: id).isHandWritten else { return nil }
            if let owner = try self.brand(ofPersona: id), owner != brand {
                throw PersonaStoreError.idTakenByOtherBrand(id: id, brand: owner)
            }
            let text = try fileText(brand: brand, id: id)
            let record = PersonaRecord(action: .save, version: VersionLine.number(in: text) ?? 1, author: author,
                                       time: clock(), note: Self.adoptionNote, problems: problems)
            try atomicWrite(text, to: path(brand, id, ".v\(record.version).yaml"))
            try appendHistory(record, brand: brand, id: id)
            return record
        }
    }

    /// The note of the version `adopt` records.
    public static let adoptionNote = "taken over from the hand-written file"

    /// Saves an earlier version's text again as the newest version.
    @discardableResult
    public func rollback(brand: String, id: String, to version: Int, author: String) throws -> PersonaRecord {
        try writing.withLock { _ in
            let old = try text(brand: brand, id: id, version: version)
            guard let problems = try summary(brand: brand, id: id).record(of: version)?.problems else {
                throw PersonaStoreError.unknownVersion(id: id, version: version)
            }
            return try saveLocked(brand: brand, id: id, yaml: old, record: PersonaRecord(
                action: .rollback, version: 0, author: author, time: clock(), note: "restored version \(version)",
                problems: problems, restoredFrom: version))
        }
    }

    /// Makes `version` the one channels air. Drafts (versions saved with problems) are refused.
    public func publish(brand: String, id: String, version: Int, author: String) throws {
        try writing.withLock { _ in
            let summary = try summary(brand: brand, id: id)
            guard let saved = summary.record(of: version) else { throw PersonaStoreError.unknownVersion(id: id, version: version) }
            guard !saved.isDraft else {
                throw PersonaStoreError.notPublishable(id: id, version: version, problems: saved.problems)
            }
            try atomicWrite("\(version)\n", to: path(brand, id, ".published"))
            try appendHistory(PersonaRecord(action: .publish, version: version, author: author, time: clock()),
                              brand: brand, id: id)
        }
    }

    private func saveLocked(brand: String, id: String, yaml: String, record: PersonaRecord) throws -> PersonaRecord {
        _ = try StoreName.checked(brand, kind: "brand"); _ = try StoreName.checked(id, kind: "persona id")
        if let owner = try self.brand(ofPersona: id), owner != brand {
            throw PersonaStoreError.idTakenByOtherBrand(id: id, brand: owner)
        }
        let current = try? summary(brand: brand, id: id)
        // Saving over a hand-written file would lose its text: `adopt` keeps it as a version first.
        if current?.isHandWritten == true { throw PersonaStoreError.notAdopted(id: id) }
        try FileManager.default.createDirectory(atPath: "\(root)/\(brand)", withIntermediateDirectories: true)
        let next = (current?.latest ?? 0) + 1
        let text = VersionLine.setting(next, in: yaml)
        try atomicWrite(text, to: path(brand, id, ".v\(next).yaml"))
        try atomicWrite(text, to: path(brand, id, ".yaml"))
        var record = record
        record.version = next
        try appendHistory(record, brand: brand, id: id)
        return record
    }
}
