import Foundation
import Scripting
import StandInCore

/// The checks of `standin persona validate`, run on an editor's fields: the persona file is
/// written into the brand's folder (so sprite packs resolve as they will when saved), loaded
/// and validated against the studio's catalog, and removed again.
public struct PersonaCheck: Sendable {
    public var catalog: Catalog

    public init(catalog: Catalog) { self.catalog = catalog }

    /// Problems by field; empty when the persona may be published. Also returns the persona
    /// when it loaded, for previews.
    public func run(_ form: PersonaForm, folder: String) -> (problems: [FieldProblem], persona: Persona?) {
        do {
            return run(yaml: try form.yaml(), folder: folder)
        } catch {
            return ([FieldProblem(field: "general", message: "\(error)")], nil)
        }
    }

    /// The same checks on a persona file's text as it is (a hand-written file the studio takes over).
    public func run(yaml: String, folder: String) -> (problems: [FieldProblem], persona: Persona?) {
        let path = "\(folder)/.check-\(UUID().uuidString.prefix(12)).yaml"
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: path, contents: Data(yaml.utf8)) else {
                return ([FieldProblem(field: "general", message: "the studio cannot write in its folder; tell the operator")], nil)
            }
            let persona = try Persona.load(from: path)
            var problems = try PersonaValidator.problems(persona: persona, catalog: catalog).map { problem in
                Self.problem(problem, file: path, folder: folder)
            }
            let builder = try ScriptBuilder(persona: persona, catalog: catalog)
            for product in catalog.products where builder.clipScript(for: product, seed: 1).isEmpty {
                problems.append(FieldProblem(field: "templates.intro", message: "product '\(product.id)': templates produce no lines"))
            }
            return (problems, persona)
        } catch let error as FileError {
            return ([Self.problem(error, file: path, folder: folder)], nil)
        } catch let errors as FileErrors {
            return (errors.errors.map { Self.problem($0, file: path, folder: folder) }, nil)
        } catch {
            return ([FieldProblem(field: "general", message: Self.hidingFile("\(error)", path, folder: folder))], nil)
        }
    }

    static func problem(_ problem: ValidationProblem, file: String, folder: String) -> FieldProblem {
        let violation = problem.violation
        var field = "general"
        if case .template(let name, _, _, _) = violation.source { field = PersonaForm.key(forField: name) ?? "general" }
        return FieldProblem(field: field, rule: violation.rule.id, phrase: violation.phrase,
                            message: hidingFile(problem.description, file, folder: folder))
    }

    static func problem(_ error: FileError, file: String, folder: String) -> FieldProblem {
        var message = error
        message.file = "persona"
        let field = error.file == file ? error.field.flatMap(PersonaForm.key(forField:)) ?? "general" : "general"
        return FieldProblem(field: field, message: hidingFile(message.description, file, folder: folder))
    }

    /// The temporary check file's name means nothing to the author, and the server's path to
    /// the brand's folder is none of their business: paths show from inside the folder on.
    static func hidingFile(_ text: String, _ path: String, folder: String) -> String {
        let root = URL(fileURLWithPath: folder).deletingLastPathComponent().path
        return ServerPaths([folder, root]).hiding(in: text.replacingOccurrences(of: path, with: "persona"))
    }
}
