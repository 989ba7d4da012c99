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
        let result = evaluate(yaml: yaml, folder: folder, examplesFor: nil)
        return (result.problems, result.persona)
    }

    /// The checks, and each template field's first line as said for `productID` (the first
    /// product when unknown): what `{{name}}` and the rest become, from the same script the
    /// checks build.
    public func runWithExamples(_ form: PersonaForm, folder: String, productID: String?)
        -> (problems: [FieldProblem], persona: Persona?, examples: [String: String]) {
        do {
            return evaluate(yaml: try form.yaml(), folder: folder,
                            examplesFor: catalog.products.first { $0.id == productID } ?? catalog.products.first)
        } catch {
            return ([FieldProblem(field: "general", message: "\(error)")], nil, [:])
        }
    }

    private func evaluate(yaml: String, folder: String, examplesFor example: Product?)
        -> (problems: [FieldProblem], persona: Persona?, examples: [String: String]) {
        let path = "\(folder)/.check-\(UUID().uuidString.prefix(12)).yaml"
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: path, contents: Data(yaml.utf8)) else {
                return ([FieldProblem(field: "general", message: "the studio cannot write in its folder; tell the operator")], nil, [:])
            }
            let persona = try Persona.load(from: path)
            let wording = StaffWording(chinese: persona.language == .zh,
                                       productNames: Dictionary(catalog.products.map { ($0.id, $0.name) }) { first, _ in first })
            var problems = try PersonaValidator.problems(persona: persona, catalog: catalog).map { problem in
                Self.problem(problem, wording: wording, file: path, folder: folder)
            }
            let builder = try ScriptBuilder(persona: persona, catalog: catalog)
            var examples: [String: String] = [:]
            for product in catalog.products {
                let script = builder.clipScript(for: product, seed: 1)
                if script.isEmpty {
                    problems.append(FieldProblem(field: "templates.intro", message: wording.chinese
                        ? "介绍「\(product.name)」时模板说不出任何一句：请检查介绍、卖点、优惠和下单提示。"
                        : "the templates say nothing for \(product.name): check the intro, selling point, offer and call-to-action lines."))
                }
                if product.id == example?.id {
                    examples = Self.examples(script + builder.transition(to: product, seed: 1) + builder.signOff())
                }
            }
            return (problems, persona, examples)
        } catch let error as FileError {
            return ([Self.problem(error, file: path, folder: folder)], nil, [:])
        } catch let errors as FileErrors {
            return (errors.errors.map { Self.problem($0, file: path, folder: folder) }, nil, [:])
        } catch {
            return ([FieldProblem(field: "general", message: Self.hidingFile("\(error)", path, folder: folder))], nil, [:])
        }
    }

    /// Editor key → the first variant's lines joined (a template of several sentences is
    /// several lines).
    static func examples(_ lines: [ScriptLine]) -> [String: String] {
        var examples: [String: String] = [:], shown: [String: Int] = [:]
        for line in lines {
            guard case let .template(field, variant, _, _) = line.origin, let key = PersonaForm.key(forField: field),
                  shown[key] ?? variant == variant else { continue }
            shown[key] = variant
            examples[key] = examples[key].map { $0 + " " + line.text } ?? line.text
        }
        return examples
    }

    /// A guardrail problem beside its field, worded for staff (`StaffWording`).
    static func problem(_ problem: ValidationProblem, wording: StaffWording, file: String, folder: String) -> FieldProblem {
        let violation = problem.violation
        var field = "general"
        if case .template(let name, _, _, _) = violation.source { field = PersonaForm.key(forField: name) ?? "general" }
        let label = FieldSpec.all[field]?.label
        return FieldProblem(field: field, rule: violation.rule.id, phrase: violation.phrase,
                            message: hidingFile(wording.message(problem, label: label), file, folder: folder))
    }

    /// A problem the loader found, beside its field: the loader's words without file and line
    /// (the field it sits under says where).
    static func problem(_ error: FileError, file: String, folder: String) -> FieldProblem {
        let field = error.file == file ? error.field.flatMap(PersonaForm.key(forField:)) ?? "general" : "general"
        let message = field == "general" && error.file != file ? error.description : error.field.map {
            field == "general" ? "\($0): \(error.problem)" : error.problem
        } ?? error.problem
        return FieldProblem(field: field, message: hidingFile(message, file, folder: folder))
    }

    /// The temporary check file's name means nothing to the author, and the server's path to
    /// the brand's folder is none of their business: paths show from inside the folder on.
    static func hidingFile(_ text: String, _ path: String, folder: String) -> String {
        let root = URL(fileURLWithPath: folder).deletingLastPathComponent().path
        return ServerPaths([folder, root]).hiding(in: text.replacingOccurrences(of: path, with: "persona"))
    }
}
