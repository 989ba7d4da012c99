/// A tiny least-recently-used cache of rendered caption bands, keyed by caption text.
/// Linear search: it holds a handful of entries and is hit once per frame.
struct CaptionCache {
    let capacity: Int
    /// Oldest first.
    private var entries: [(key: String, patch: Canvas)] = []

    init(capacity: Int) { self.capacity = max(1, capacity) }

    /// The patch for `key`, marking it most recently used.
    mutating func value(for key: String) -> Canvas? {
        guard let index = entries.lastIndex(where: { $0.key == key }) else { return nil }
        if index != entries.count - 1 { entries.append(entries.remove(at: index)) }
        return entries[entries.count - 1].patch
    }

    /// Stores `patch`, evicting the least recently used entry when full.
    mutating func insert(_ patch: Canvas, for key: String) {
        entries.removeAll { $0.key == key }
        if entries.count >= capacity { entries.removeFirst() }
        entries.append((key, patch))
    }
}
