import StandInCore

/// The viewers' questions waiting for an answer: a pure value, driven by air time in samples.
///
/// ```swift
/// var queue = QuestionQueue()
/// try queue.add(ViewerQuestion(id: "1", viewerName: "小明", text: "这个茶能放多久？", receivedAt: now))
/// if let next = queue.next(at: now) { … answer next.question … }
/// ```
/// Questions with the same normalised text merge into one entry that remembers every asker;
/// the entry keeps the highest priority and the first arrival. Questions expire `expiry`
/// samples after their first arrival. When full, adding drops the lowest-priority entry,
/// the oldest among equals (the new question itself when everything else outranks it).
public struct QuestionQueue: Sendable, Equatable {
    /// A waiting question with everyone who asked it.
    public struct Entry: Sendable, Equatable {
        /// The first asker's question (its id, text and arrival).
        public var question: ViewerQuestion
        /// Every asker's name, first asker first, each once.
        public var viewerNames: [String]
        /// How many times it was asked.
        public var count: Int
        public var priority: Int
    }

    /// What `add` did.
    public enum Outcome: Sendable, Equatable {
        case queued
        /// Merged into the entry asked first by `id`.
        case merged(into: String)
        /// Queued, and the queue was full so `dropped` (an entry's question id) left it.
        case queuedDropping(String)
        /// The queue was full of more important questions.
        case droppedNew
    }

    public static let defaultExpiry = 120 * MediaClock.sampleRate
    public static let defaultCapacity = 50
    public static let maxCharacters = 200

    public var expiry: Int
    public var capacity: Int
    public private(set) var entries: [Entry] = []

    public init(expiry: Int = QuestionQueue.defaultExpiry, capacity: Int = QuestionQueue.defaultCapacity) {
        precondition(capacity > 0 && expiry > 0)
        self.expiry = expiry; self.capacity = capacity
    }

    /// Queues `question`, merging a duplicate; throws `GuideError` for empty or oversize text.
    @discardableResult
    public mutating func add(_ question: ViewerQuestion) throws -> Outcome {
        let length = question.text.count
        guard length <= Self.maxCharacters else { throw GuideError.questionTooLong(characters: length, limit: Self.maxCharacters) }
        let key = question.normalizedText
        guard !key.isEmpty else { throw GuideError.emptyQuestion }
        removeExpired(at: question.receivedAt)
        if let index = entries.firstIndex(where: { $0.question.normalizedText == key }) {
            entries[index].count += 1
            entries[index].priority = max(entries[index].priority, question.priority)
            if !entries[index].viewerNames.contains(question.viewerName) { entries[index].viewerNames.append(question.viewerName) }
            return .merged(into: entries[index].question.id)
        }
        entries.append(Entry(question: question, viewerNames: [question.viewerName], count: 1, priority: question.priority))
        guard entries.count > capacity else { return .queued }
        // Lowest priority goes first; among equals the oldest, which has waited longest and expires soonest.
        let dropped = entries.indices.min { a, b in
            (entries[a].priority, entries[a].question.receivedAt) < (entries[b].priority, entries[b].question.receivedAt)
        }!
        let id = entries.remove(at: dropped).question.id
        return id == question.id ? .droppedNew : .queuedDropping(id)
    }

    /// Removes and returns the most important unexpired entry (highest priority, then oldest).
    public mutating func next(at now: Int) -> Entry? {
        removeExpired(at: now)
        guard let index = entries.indices.max(by: { leastImportantFirst(entries[$0], entries[$1]) }) else { return nil }
        return entries.remove(at: index)
    }

    /// Entries still waiting at `now`, in answering order (does not change the queue).
    public func waiting(at now: Int) -> [Entry] {
        entries.filter { !isExpired($0, at: now) }.sorted { leastImportantFirst($1, $0) }
    }

    public mutating func removeExpired(at now: Int) {
        let expiry = expiry
        entries.removeAll { now - $0.question.receivedAt >= expiry }
    }

    private func isExpired(_ entry: Entry, at now: Int) -> Bool { now - entry.question.receivedAt >= expiry }

    /// Ordering: lower priority first, then the newer one first (so the oldest is most important).
    private func leastImportantFirst(_ a: Entry, _ b: Entry) -> Bool {
        if a.priority != b.priority { return a.priority < b.priority }
        return a.question.receivedAt > b.question.receivedAt
    }
}
