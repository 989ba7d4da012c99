import Testing
import StandInCore
@testable import Guide

@Suite("Question queue")
struct QuestionQueueTests {
    let second = MediaClock.sampleRate

    func question(_ id: String, _ text: String, by name: String = "viewer", at seconds: Int = 0, priority: Int = 0) -> ViewerQuestion {
        ViewerQuestion(id: id, viewerName: name, text: text, receivedAt: seconds * second, priority: priority)
    }

    @Test func higherPriorityFirstThenOldest() throws {
        var queue = QuestionQueue()
        try queue.add(question("a", "这个茶能放多久？", at: 0))
        try queue.add(question("b", "杯子能进洗碗机吗？", at: 1, priority: 5))
        try queue.add(question("c", "围巾能机洗吗？", at: 2))
        #expect(queue.waiting(at: 3 * second).map(\.question.id) == ["b", "a", "c"])
        do { let next = queue.next(at: 3 * second); #expect(next?.question.id == "b") }
        do { let next = queue.next(at: 3 * second); #expect(next?.question.id == "a") }
        do { let next = queue.next(at: 3 * second); #expect(next?.question.id == "c") }
        do { let next = queue.next(at: 3 * second); #expect(next == nil) }
    }

    @Test func questionsExpireAfterTwoMinutesByDefault() throws {
        var queue = QuestionQueue()
        try queue.add(question("old", "蜂蜜会结晶吗？", at: 0, priority: 9))
        try queue.add(question("new", "围巾多长？", at: 100))
        #expect(queue.waiting(at: 119 * second).count == 2)
        do { let next = queue.next(at: 120 * second); #expect(next?.question.id == "new") }
        #expect(queue.entries.isEmpty)
    }

    @Test func duplicatesMergeWithCountAndNames() throws {
        var queue = QuestionQueue()
        try queue.add(question("1", "How long does the tea keep?", by: "Mia", at: 0))
        do { let outcome = try queue.add(question("2", "how long does the TEA keep", by: "Sam", at: 5, priority: 2)); #expect(outcome == .merged(into: "1")) }
        do { let outcome = try queue.add(question("3", "How long does the tea keep??", by: "Mia", at: 6)); #expect(outcome == .merged(into: "1")) }
        do { let outcome = try queue.add(question("4", "这个茶能放多久？", by: "小明", at: 7)); #expect(outcome == .queued) }
        let popped = queue.next(at: 10 * second)
        let first = try #require(popped)
        #expect(first.question.id == "1")
        #expect(first.count == 3)
        #expect(first.viewerNames == ["Mia", "Sam"])
        #expect(first.priority == 2)
    }

    @Test func oversizeAndEmptyTextIsRejectedWithAReason() throws {
        var queue = QuestionQueue()
        let long = String(repeating: "茶", count: 201)
        #expect(throws: GuideError.questionTooLong(characters: 201, limit: 200)) { try queue.add(question("x", long)) }
        #expect(throws: GuideError.emptyQuestion) { try queue.add(question("y", " ？！ ")) }
        do { let outcome = try queue.add(question("z", String(repeating: "茶", count: 200))); #expect(outcome == .queued) }
        #expect("\(GuideError.questionTooLong(characters: 201, limit: 200))" == "question is 201 characters long; the limit is 200")
    }

    @Test func aFullQueueDropsTheLowestPriorityOldest() throws {
        var queue = QuestionQueue(capacity: 3)
        try queue.add(question("low-old", "q1", at: 0))
        try queue.add(question("low-new", "q2", at: 1))
        try queue.add(question("high", "q3", at: 2, priority: 3))
        do { let outcome = try queue.add(question("mid", "q4", at: 3, priority: 1)); #expect(outcome == .queuedDropping("low-old")) }
        do { let outcome = try queue.add(question("lowest", "q5", at: 4, priority: -1)); #expect(outcome == .droppedNew) }
        #expect(queue.entries.count == 3)
        #expect(queue.waiting(at: 5 * second).map(\.question.id) == ["high", "mid", "low-new"])
    }
}
