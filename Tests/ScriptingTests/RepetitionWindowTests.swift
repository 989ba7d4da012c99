import Testing
import StandInCore
import TestSupport
@testable import Scripting

/// Long runs planned segment after segment: lines do not come back within the window while
/// alternatives exist; with none, the least recently aired line is reused rather than failing.
@Suite("Script planning over long runs")
struct RepetitionWindowTests {
    static let hour = 3_600 * MediaClock.sampleRate

    /// A persona with `counts` variants per kind, every variant a different text.
    func builder(intro: Int, point: Int, offer: Int, callToAction: Int, points: Int = 3, products: Int = 3) throws -> ScriptBuilder {
        func variants(_ count: Int, _ make: (Int) -> String) -> [Persona.Template] {
            (1...count).map { Persona.Template(text: make($0), source: SourceLocation(file: "p.yaml", line: $0)) }
        }
        let look = Persona.Look(background: RGBA(0, 0, 0), skin: RGBA(0, 0, 0), hair: RGBA(0, 0, 0), eyes: RGBA(0, 0, 0),
                                mouth: RGBA(0, 0, 0), outfit: RGBA(0, 0, 0), accent: RGBA(0, 0, 0))
        let persona = Persona(
            id: "p", displayName: "小林", brand: "山间茶舍", language: .zh,
            voice: Persona.Voice(espeakVoice: "cmn-latn-pinyin", rate: 165, pitch: 50, pauseAfterSentenceMs: 300),
            look: look, aiLabel: "AI", greeting: "大家好。",
            templates: [
                .intro: variants(intro) { "介绍\($0)号：{{name}}。" },
                .sellingPoint: variants(point) { "卖点\($0)号：{{point}}。" },
                .offer: variants(offer) { "价格\($0)号：{{price}}元。" },
                .callToAction: variants(callToAction) { "下单\($0)号，点击下方链接。" },
            ], file: "p.yaml")
        let catalog = Catalog(currency: "CNY", products: (1...products).map { number in
            Product(id: "p\(number)", name: "商品\(number)", price: Price(minorUnits: 8_900 + number), listPrice: nil,
                    sellingPoints: (1...points).map { "商品\(number)的卖点\($0)" }, imagePath: "/dev/null",
                    source: SourceLocation(file: "c.yaml", line: number))
        }, file: "c.yaml")
        return try ScriptBuilder(persona: persona, catalog: catalog)
    }

    /// Air time of a line: 0.25 s per character plus 4 s of pause and gestures (about 35 s a segment).
    func duration(_ line: ScriptLine) -> Int { line.text.count * 12_000 + 4 * MediaClock.sampleRate }

    struct Airing { var text: String; var at: Int; var forced: Bool }

    /// Plans segments back to back for `hours`, rotating products, feeding each aired line back.
    func simulate(_ builder: ScriptBuilder, hours: Int, seed: UInt64 = 7, window: Int = LineHistory.defaultWindow) -> [Airing] {
        var planner = ScriptPlanner(builder: builder, seed: seed, history: LineHistory(window: window))
        var airings: [Airing] = []
        var now = 0, number = 0
        while now < hours * Self.hour {
            let product = builder.catalog.products[number % builder.catalog.products.count]
            let script = planner.segment(number: number, for: product, at: now)
            #expect(script.lines.count == 5)
            for line in script.lines {
                airings.append(Airing(text: line.text, at: now, forced: script.repeats.contains(line.text)))
                planner.aired(line, at: now)
                now += duration(line)
            }
            number += 1
        }
        return airings
    }

    /// Pairs of airings of the same text less than `window` apart.
    func repeatsWithin(_ window: Int, _ airings: [Airing]) -> [(Airing, Airing)] {
        var last: [String: Airing] = [:]
        var found: [(Airing, Airing)] = []
        for airing in airings {
            if let earlier = last[airing.text], airing.at - earlier.at < window { found.append((earlier, airing)) }
            last[airing.text] = airing
        }
        return found
    }

    @Test func tenHoursWithEnoughVariantsNeverRepeatALineWithinAnHour() throws {
        // About 105 segments an hour over 3 products: 35 intros, offers and 70 selling points per product, 105 calls.
        let builder = try builder(intro: 45, point: 30, offer: 45, callToAction: 130)
        let airings = simulate(builder, hours: 10)
        #expect(airings.last!.at >= 10 * Self.hour - Self.hour / 60)
        let repeats = repeatsWithin(Self.hour, airings)
        #expect(repeats.isEmpty, "\(repeats.count) repeats, first: \(String(describing: repeats.first))")
        #expect(!airings.contains { $0.forced })
        // Lines do come back after the window: the pools are reused, not exhausted.
        #expect(Set(airings.map(\.text)).count < airings.count)
    }

    @Test func withFewVariantsARepeatIsForcedAndRotatesThroughTheAlternatives() throws {
        let builder = try builder(intro: 2, point: 2, offer: 2, callToAction: 3)
        let airings = simulate(builder, hours: 10)
        let repeats = repeatsWithin(Self.hour, airings)
        #expect(!repeats.isEmpty)
        #expect(repeats.allSatisfy { $0.1.forced })
        // Least recently aired first: between two airings of a call to action, both others aired.
        let calls = airings.filter { $0.text.hasPrefix("下单") }
        for (index, call) in calls.enumerated() where index >= 3 {
            #expect(Set(calls[(index - 2)...index].map(\.text)).count == 3, "\(call.text) at \(call.at)")
        }
    }

    @Test func aSingleVariantIsReusedRatherThanFailing() throws {
        let builder = try builder(intro: 1, point: 1, offer: 1, callToAction: 1, points: 1, products: 1)
        let airings = simulate(builder, hours: 1)
        #expect(airings.count > 20)
        #expect(Set(airings.map(\.text)).count == 4)
    }

    @Test func theSameSeedAndHistoryGiveTheSameScript() throws {
        let builder = try builder(intro: 3, point: 3, offer: 3, callToAction: 3)
        let product = builder.catalog.products[1]
        var history = LineHistory()
        for (index, line) in builder.clipScript(for: product, seed: 3).enumerated() { history.record(line.text, at: index * 48_000) }
        let now = 10 * 48_000
        let first = ScriptPlanner(builder: builder, seed: 11, history: history).segment(number: 4, for: product, at: now)
        let second = ScriptPlanner(builder: builder, seed: 11, history: history).segment(number: 4, for: product, at: now)
        #expect(first == second)
        #expect(first.lines.allSatisfy { !history.isRecent($0.text, at: now) })
        let fresh = ScriptPlanner(builder: builder, seed: 11).segment(number: 4, for: product, at: now)
        #expect(fresh == ScriptPlanner(builder: builder, seed: 11).segment(number: 4, for: product, at: now))
    }

    @Test func aBlockedVariantIsSkippedAndReturnedForLogging() throws {
        var persona = try Persona.load(from: TestPaths.xiaolin)
        persona.templates[.offer] = [
            Persona.Template(text: "这是全网最好的{{name}}。", source: SourceLocation(file: "p.yaml", line: 30)),
            Persona.Template(text: "今天直播间只要{{price}}元。", source: SourceLocation(file: "p.yaml", line: 31)),
            Persona.Template(text: "今天只要99元。", source: SourceLocation(file: "p.yaml", line: 32)),
        ]
        let builder = try ScriptBuilder(persona: persona, catalog: Catalog.load(from: TestPaths.catalog))
        var blocked: [BlockedLine] = []
        for seed in 0..<30 {
            let plan = builder.clipPlan(for: builder.catalog.products[0], seed: UInt64(seed))
            #expect(plan.lines.filter { $0.kind == .offer }.map(\.text) == ["今天直播间只要89元。"])
            blocked += plan.blocked
        }
        #expect(blocked.contains { $0.violations.map(\.rule) == [.absoluteClaim] && $0.text.contains("全网最") })
        #expect(blocked.contains { $0.violations.map(\.rule) == [.literalPrice] })
        #expect(blocked.allSatisfy { $0.violations.allSatisfy { $0.source.description.hasSuffix("for product 'tea-01'") } })
    }
}

enum TestPaths {
    static var xiaolin: String { repositoryPath("personas/xiaolin.yaml") }
    static var catalog: String { repositoryPath("assets/demo/catalog.yaml") }
}
