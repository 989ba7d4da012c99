import Foundation
import Testing
import TestSupport

/// The real `standin` binary on bad files: a clear message naming file, line and field,
/// a non-zero exit, and no output file left behind.
@Suite("standin on bad input")
struct CLIErrorTests {
    let folder: TemporaryFolder
    let catalogText: String

    init() throws {
        folder = try TemporaryFolder()
        catalogText = try demoCatalogText("catalog.yaml")
    }

    func render(persona: String = repositoryPath("personas/xiaolin.yaml"), catalog: String, product: String = "tea-01") throws -> CommandResult {
        try run(standinBinary(), ["render", "--persona", persona, "--catalog", catalog, "--product", product,
                                  "--out", folder.path("clip.mp4"), "--size", "180x320"])
    }

    func lineNumber(of needle: String, in text: String) -> Int {
        text.components(separatedBy: "\n").firstIndex { $0.contains(needle) }! + 1
    }

    @Test func aCommaInAPriceNamesFileLineProductAndField() throws {
        let text = catalogText.replacingOccurrences(of: "price: 89\n", with: "price: 9,9\n")
        let catalog = try folder.write("catalog.yaml", text)
        let result = try render(catalog: catalog)
        #expect(result.status != 0)
        let line = lineNumber(of: "price: 9,9", in: text)
        #expect(result.stderr.contains("\(catalog):\(line): product 'tea-01': price must be a number, got '9,9'"))
        #expect(try folder.contents() == ["catalog.yaml"])
    }

    @Test func malformedYAMLNamesTheLine() throws {
        let persona = try folder.write("persona.yaml", "id: x\nlanguage: [zh\ngreeting: hi\n")
        let result = try render(persona: persona, catalog: try folder.write("catalog.yaml", catalogText))
        #expect(result.status != 0)
        #expect(result.stderr.contains("\(persona):"))
        #expect(result.stderr.contains("is not valid YAML"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("clip.mp4")))
    }

    @Test func aMissingFieldIsNamed() throws {
        let source = try String(contentsOfFile: repositoryPath("personas/xiaolin.yaml"), encoding: .utf8)
        let persona = try folder.write("persona.yaml", source.replacingOccurrences(of: "ai_label: AI 虚拟主播\n", with: ""))
        let result = try render(persona: persona, catalog: try folder.write("catalog.yaml", catalogText))
        #expect(result.status != 0)
        // A missing top-level field is reported where the file's mapping starts (after the header comment).
        #expect(result.stderr.contains("\(persona):\(lineNumber(of: "id: xiaolin", in: source)): ai_label is missing"))
    }

    @Test func aMissingImageNamesFieldAndPathAndWritesNothing() throws {
        let text = catalogText.replacingOccurrences(of: "tea-tin.png", with: "no-such-image.png")
        let catalog = try folder.write("catalog.yaml", text)
        let result = try render(catalog: catalog)
        #expect(result.status != 0)
        let line = lineNumber(of: "no-such-image.png", in: text)
        #expect(result.stderr.contains("\(catalog):\(line): product 'tea-01': image file not found"))
        #expect(try folder.contents() == ["catalog.yaml"])
    }

    /// A clip still renders when the guardrails keep a line out, but the user is told which
    /// and how to find every problem.
    @Test func linesKeptOutOfAClipAreReported() throws {
        let english = try demoCatalogText("catalog-en.yaml")
            .replacingOccurrences(of: "every leaf is roasted by hand", with: "the best tea you can buy")
        let catalog = try folder.write("catalog-en.yaml", english)
        let result = try run(standinBinary(), ["render", "--persona", repositoryPath("personas/ava.yaml"), "--catalog", catalog,
                                               "--product", "tea-01", "--out", folder.path("clip.mp4"), "--size", "180x320", "--seed", "2"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("the guardrails kept"))
        #expect(result.stderr.contains("phrase 'the best'"))
        // Reported where the phrase is written: the catalog's selling point, not the template quoting it.
        #expect(result.stderr.contains("\(catalog):\(lineNumber(of: "the best tea you can buy", in: english)): rule 'absolute-claim'"))
        #expect(result.stderr.contains("standin persona validate \(repositoryPath("personas/ava.yaml")) --catalog \(catalog)"))
    }

    @Test func anUnknownProductListsTheKnownOnes() throws {
        let result = try render(catalog: try folder.write("catalog.yaml", catalogText), product: "nope")
        #expect(result.status != 0)
        #expect(result.stderr.contains("no product with id 'nope'"))
        #expect(result.stderr.contains("tea-01"))
    }

    @Test func badVideoOptionsAreRejectedBeforeWork() throws {
        let result = try run(standinBinary(), ["render", "--persona", "p", "--catalog", "c", "--product", "x",
                                               "--out", folder.path("clip.mp4"), "--size", "181x320"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("even"))
    }

    @Test(arguments: ["xiaolin.yaml", "ava.yaml"])
    func theDemoPersonasValidate(persona: String) throws {
        let catalog = persona == "ava.yaml" ? "assets/demo/catalog-en.yaml" : "assets/demo/catalog.yaml"
        let result = try run(standinBinary(), ["persona", "validate", repositoryPath("personas/\(persona)"),
                                               "--catalog", repositoryPath(catalog)])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutText.contains("ok"))
    }

    @Test func validateReportsEveryBrokenFile() throws {
        let source = try String(contentsOfFile: repositoryPath("personas/ava.yaml"), encoding: .utf8)
        let bad1 = try folder.write("a.yaml", source.replacingOccurrences(of: "pitch: 58", with: "pitch: loud"))
        let bad2 = try folder.write("b.yaml", source.replacingOccurrences(of: "{{name}}.", with: "{{nam}}."))
        let result = try run(standinBinary(), ["persona", "validate", bad1, bad2, "--catalog", repositoryPath("assets/demo/catalog-en.yaml")])
        #expect(result.status != 0)
        #expect(result.stderr.contains("\(bad1):\(lineNumber(of: "pitch: loud", in: try String(contentsOfFile: bad1, encoding: .utf8))): voice.pitch must be a whole number"))
        #expect(result.stderr.contains("\(bad2):"))
        #expect(result.stderr.contains("'{{nam}}'"))
    }
}
