import Foundation
import Testing
@testable import StandInCore
import TestSupport

/// Channel files: the demo loads; each mistake names file, line and field, and all are reported together.
@Suite("Channel files")
struct ChannelLoaderTests {
    let folder: TemporaryFolder
    let base = """
        persona: persona.yaml
        catalog: catalog.yaml
        time_zone: Asia/Shanghai
        shifts:
          weekly:
            - {days: mon-fri, start: "19:00", end: "23:00", host: Lily}
        handoff: {before: "Lily joins at {{time}}", welcome_back: "Welcome back"}
        disclosure: {line: "I am an AI host", every_minutes: 15}
        """

    init() throws { folder = try TemporaryFolder() }

    func problems(_ yaml: String) throws -> [FileError] {
        let path = try folder.write("channel.yaml", yaml)
        do {
            _ = try Channel.load(from: path)
            return []
        } catch let error as FileErrors {
            return error.errors
        }
    }

    func line(of needle: String, in text: String) -> Int {
        text.components(separatedBy: "\n").firstIndex { $0.contains(needle) }! + 1
    }

    @Test func theDemoChannelLoadsWithItsShiftsPromosAndDestinations() throws {
        let channel = try Channel.load(from: repositoryPath("assets/demo/channel.yaml"))
        #expect(channel.timeZone.identifier == "Asia/Shanghai")
        #expect(channel.personaPath == repositoryPath("personas/xiaolin.yaml"))
        #expect(channel.shifts.count == 3 && channel.cancellations.count == 1)
        #expect(channel.shifts[1].minutes == 210)  // Saturday 22:00–01:30 crosses midnight
        #expect(channel.destinations.first?.url.hasPrefix("rtmp://") == true)
        let catalog = try Catalog.load(from: channel.catalogPath)
        #expect(channel.problems(catalog: catalog).isEmpty)
    }

    @Test func badZoneAndBadTimeNameLineAndField() throws {
        let text = base.replacingOccurrences(of: "Asia/Shanghai", with: "Asia/Shangai")
            .replacingOccurrences(of: "end: \"23:00\"", with: "end: \"25:00\"")
        let found = try problems(text)
        #expect(found.count == 2)
        #expect(found.contains { $0.field == "time_zone" && $0.line == 3 && $0.problem.contains("'Asia/Shangai'") })
        let time = try #require(found.first { $0.field == "end" })
        #expect(time.line == line(of: "25:00", in: text))
        #expect(time.description.contains("channel.yaml:6: weekly shift #1: end must be a time of day"))
    }

    @Test func overlappingShiftsAndAPromoInsideAShiftAreNamed() throws {
        let text = base + """

            promos:
              - {product: tea-01, days: [tue], start: "20:00", end: "20:15"}
            """
        let overlapping = text.replacingOccurrences(of: "            - {days: mon-fri", with: "            - {days: [fri], start: \"22:00\", end: \"02:00\", host: Max}\n            - {days: mon-fri")
        let withShift = overlapping.replacingOccurrences(of: "shifts:\n  weekly:\n", with: "shifts:\n  weekly:\n    - {days: [fri], start: \"22:00\", end: \"02:00\", host: Max}\n")
        let found = try problems(withShift)
        let overlap = try #require(found.first { $0.problem.contains("overlaps the shift at line") })
        #expect(overlap.line == line(of: "mon-fri", in: withShift))
        #expect(overlap.context == "weekly shift #2" && overlap.field == "start")
        let promo = try #require(found.first { $0.context == "promo #1" })
        #expect(promo.line == line(of: "tea-01", in: withShift))
        #expect(promo.problem.contains("inside the human shift"))
    }

    @Test func aCancelledDayFreesThePromoAndAnExtraShiftMayNotOverlap() throws {
        let text = base.replacingOccurrences(of: "host: Lily}\n", with: """
            host: Lily}
              exceptions:
                - {date: 2026-03-10, cancel: true}
                - {date: 2026-03-12, start: "22:00", end: "23:30", host: Max}

            """) + "\npromos:\n  - {product: tea-01, date: 2026-03-10, start: \"20:00\", end: \"20:15\"}\n"
        let found = try problems(text)
        #expect(found.count == 1)
        #expect(found.first?.context == "extra shift on 2026-03-12")
        #expect(found.first?.line == line(of: "2026-03-12", in: text))
    }

    @Test func anUnknownPromoProductIsACrossFileProblem() throws {
        let text = base + "\npromos:\n  - {product: nope, days: daily, start: \"12:00\", end: \"12:15\"}\n"
        let channel = try Channel.load(from: try folder.write("channel.yaml", text))
        let catalog = try Catalog.load(from: repositoryPath("assets/demo/catalog.yaml"))
        let found = channel.problems(catalog: catalog)
        #expect(found.count == 1)
        #expect(found[0].field == "product" && found[0].line == line(of: "nope", in: text))
        #expect(found[0].problem.contains("tea-01"))
    }

    @Test func unknownKeysAndBadURLsAreErrors() throws {
        let text = base + "\ntime_zon: UTC\ndestinations:\n  - {name: a, url: \"http://example.com/live\"}\n"
        let found = try problems(text)
        #expect(found.contains { $0.field == "time_zon" && $0.problem.contains("did you mean 'time_zone'") && $0.line == line(of: "time_zon:", in: text) })
        #expect(found.contains { $0.field == "url" && $0.context == "destination #1" })
    }

    @Test func catalogStockIsOptionalAndNeverNegative() throws {
        try folder.write("img.png", "x")
        let item = "  - {id: a, name: A, price: 1, selling_points: [x], image: img.png, stock: STOCK}\n"
        let good = try Catalog.load(from: folder.write("c.yaml", "products:\n" + item.replacingOccurrences(of: "STOCK", with: "3")))
        #expect(good.products[0].stock == 3)
        let bad = try folder.write("d.yaml", "products:\n" + item.replacingOccurrences(of: "STOCK", with: "-1"))
        let error = try #require(throws: FileError.self) { try Catalog.load(from: bad) }
        #expect(error.field == "stock" && error.line == 2)
    }

    @Test(arguments: [("mon-fri", 5), ("fri-mon", 4), ("daily", 7), ("weekends", 2), ("sat", 1)])
    func daySets(text: String, count: Int) {
        #expect(Weekday.parseSet(text)?.count == count)
    }

    @Test func datesAndTimesParseStrictly() {
        #expect(TimeOfDay(parsing: "19:00")?.minutes == 1140)
        #expect(TimeOfDay(parsing: "25:00") == nil && TimeOfDay(parsing: "7pm") == nil && TimeOfDay(parsing: "19:5") == nil)
        #expect(LocalDate(parsing: "2026-02-30") == nil)
        #expect(LocalDate(parsing: "2026-03-09")?.weekday == .mon)
        #expect(LocalDate(year: 2026, month: 12, day: 31).adding(days: 1) == LocalDate(year: 2027, month: 1, day: 1))
    }

    @Test func theIdIsTheFilesOwnOrElseItsNameAndABadOneIsRefusedAtItsLine() throws {
        let named = try folder.write("night-room.yaml", "id: tea_room-2\n" + base)
        #expect(try Channel.load(from: named).id == "tea_room-2")
        let unnamed = try folder.write("night-room.yaml", base)
        #expect(try Channel.load(from: unnamed).id == "night-room")
        for bad in ["Tea Room", "-tea", "茶室", String(repeating: "a", count: 65)] {
            let found = try problems("id: \"\(bad)\"\n" + base)
            #expect(found.count == 1)
            #expect(found.first?.line == 1)
            #expect(found.first?.field == "id")
        }
        #expect(try Channel.load(from: repositoryPath("assets/demo/channel.yaml")).id == "shanjian-tea")
    }
}
