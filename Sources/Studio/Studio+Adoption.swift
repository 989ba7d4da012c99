import PersonaStore

extension Studio {
    /// What the editor opens for a persona: the version asked for, else the latest, else the
    /// text of a hand-written `<id>.yaml` (version nil); nil for a persona that does not exist yet.
    func opened(brand: String, id: String, version: Int?, summary: PersonaSummary?) throws -> (text: String, version: Int?)? {
        if let version = version ?? summary.flatMap({ $0.isHandWritten ? nil : $0.latest }) {
            return (try store.text(brand: brand, id: id, version: version), version)
        }
        guard summary?.isHandWritten == true else { return nil }
        return (try store.fileText(brand: brand, id: id), nil)
    }

    /// The editor's fields of a persona file; a file that is not YAML (written by hand) is a
    /// conflict to fix in the file, not a server error.
    func editorForm(_ text: String, id: String) throws -> PersonaForm {
        do {
            return try PersonaForm(yaml: text)
        } catch {
            throw StudioError.conflict("persona '\(id)' is not valid YAML, so the editor cannot open it; fix the file first (\(error))")
        }
    }

    /// Before the first save from the studio, takes over a hand-written `<id>.yaml`: its exact
    /// text becomes a version (checked like any save, so a file with problems is a draft), so
    /// the editor's fields never replace it without a trace. Nothing happens for a persona
    /// already in the studio, or a new one.
    func adoptIfHandWritten(brand: String, id: String, by user: StudioUser) throws {
        guard (try? store.summary(brand: brand, id: id))?.isHandWritten == true else { return }
        let problems = check.run(yaml: try store.fileText(brand: brand, id: id), folder: folder(of: brand)).problems
        try store.adopt(brand: brand, id: id, author: user.name, problems: problems.count)
    }
}
