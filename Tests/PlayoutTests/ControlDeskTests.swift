import Foundation
import Guide
import Testing
@testable import Playout

/// The desk between the API and the render thread: what applies at a boundary, in what order.
@Suite("Control desk")
struct ControlDeskTests {
    let epoch = Date(timeIntervalSince1970: 1_800_000_000)
    func desk() -> ControlDesk {
        ControlDesk(channelID: "room", productIDs: ["tea-01"], epoch: epoch, now: { 0 })
    }

    @Test("commands apply in order before questions; a question waits for a boundary where the host may talk")
    func order() throws {
        let desk = desk()
        try desk.ask(viewer: "Mia", text: "how long does it keep?")
        try desk.submit(.inject(.flashDeal, productID: "tea-01"), by: "ops")
        try desk.submit(.skip, by: "night")
        guard case .command(let first)? = desk.interruption(at: 100, canAnswer: true) else { Issue.record("no command"); return }
        #expect(first.command == .inject(.flashDeal, productID: "tea-01") && first.requestedBy == "ops")
        guard case .command(let second)? = desk.interruption(at: 200, canAnswer: true) else { Issue.record("no command"); return }
        #expect(second.command == .skip && second.requestedBy == "night")
        #expect(desk.interruption(at: 300, canAnswer: false) == nil)          // too close to a hard end
        guard case .answer(let entry, _)? = desk.interruption(at: 400, canAnswer: true) else { Issue.record("no answer"); return }
        #expect(entry.viewerNames == ["Mia"])
        #expect(desk.interruption(at: 500, canAnswer: true) == nil)
    }

    @Test("inside a sentence only a question is taken; commands wait for the sentence's end")
    func insideASentence() throws {
        let desk = desk()
        try desk.submit(.skip, by: "ops")
        try desk.ask(viewer: "Mia", text: "how long does it keep?")
        guard case .answer(let entry, _)? = desk.interruption(at: 100, canAnswer: true, commands: false) else {
            Issue.record("no answer"); return
        }
        #expect(entry.viewerNames == ["Mia"])
        #expect(desk.interruption(at: 200, canAnswer: true, commands: false) == nil)
        guard case .command(let request)? = desk.interruption(at: 300, canAnswer: true) else { Issue.record("no command"); return }
        #expect(request.command == .skip)
    }

    @Test("a command for a later time waits for the first boundary after it")
    func notBefore() throws {
        let desk = desk()
        try desk.submit(.skip, by: "ops", at: epoch.addingTimeInterval(10))
        #expect(desk.interruption(at: 10 * 48_000 - 1, canAnswer: true) == nil)
        guard case .command(let request)? = desk.interruption(at: 10 * 48_000, canAnswer: true) else { Issue.record("no command"); return }
        #expect(request.command == .skip)
    }

    @Test("while paused only the resume applies and no question is answered")
    func paused() throws {
        let desk = desk()
        try desk.submit(.pause, by: "ops")
        guard case .command(let pause)? = desk.interruption(at: 0, canAnswer: true) else { Issue.record("no pause"); return }
        #expect(pause.command == .pause)
        #expect(desk.isPaused)
        try desk.ask(viewer: "Mia", text: "is it organic?")
        #expect(desk.interruption(at: 10, canAnswer: true) == nil)
        #expect(throws: ControlError.paused) { try desk.submit(.skip, by: "ops") }
        try desk.submit(.resume, by: "ops")
        #expect(desk.isPaused)                                                   // until the boundary
        guard case .command(let resume)? = desk.interruption(at: 20, canAnswer: true) else { Issue.record("no resume"); return }
        #expect(resume.command == .resume)
        #expect(!desk.isPaused)
        guard case .answer? = desk.interruption(at: 30, canAnswer: true) else { Issue.record("question lost"); return }
    }

    @Test("while a human host is on air the virtual host takes no command")
    func humanOnAir() {
        let desk = desk()
        desk.update { $0.humanOnAir = true }
        #expect(throws: ControlError.humanOnAir) { try desk.submit(.skip, by: "ops") }
        #expect(throws: ControlError.humanOnAir) { try desk.submit(.pause, by: "ops") }
        #expect(desk.status().commandsWaiting == 0)
    }

    @Test("at most 20 commands wait; the next is refused")
    func bounded() throws {
        let desk = desk()
        for _ in 0..<ControlDesk.maxWaitingCommands { try desk.submit(.inject(.brandStory, productID: nil), by: "ops") }
        #expect(throws: ControlError.tooManyWaiting(limit: ControlDesk.maxWaitingCommands)) { try desk.submit(.skip, by: "ops") }
    }
}

extension Interruption: Equatable {
    public static func == (a: Interruption, b: Interruption) -> Bool {
        switch (a, b) {
        case let (.command(x), .command(y)): x == y
        case let (.answer(x, _), .answer(y, _)): x == y
        default: false
        }
    }
}
