/// Which items of a list of time spans overlap an earlier item, in O(n log n) for n spans.
///
/// Every item (a shift, by its index in the file) that has a span overlapping a span of a
/// lower item is found exactly once, with one lower item it overlaps, so a file with a
/// thousand identical shifts gives 999 findings, not half a million pairs.
struct OverlapSweep {
    struct Span {
        var item: Int
        var start: Int
        var end: Int
        var day: LocalDate
    }

    struct Finding {
        /// The later item (in the file) that overlaps.
        var item: Int
        /// A lower item it overlaps.
        var other: Int
        /// The date of the span that starts later.
        var day: LocalDate
    }

    /// Findings in item order.
    static func findings(_ spans: [Span]) -> [Finding] {
        let sorted = spans.sorted { ($0.start, $0.item) < ($1.start, $1.item) }
        // Spans started so far; an entry whose end is at or before the sweep's start is stale for good.
        var lowest = BinaryHeap<Span> { $0.item < $1.item }
        var highest = BinaryHeap<Span> { $0.item > $1.item }
        var found: [Int: Finding] = [:]
        for span in sorted {
            while let top = lowest.top, top.end <= span.start { lowest.pop() }
            if let top = lowest.top, top.item < span.item, found[span.item] == nil {
                found[span.item] = Finding(item: span.item, other: top.item, day: span.day)
            }
            while let top = highest.top {
                if top.end <= span.start || found[top.item] != nil { highest.pop(); continue }
                guard top.item > span.item else { break }
                found[top.item] = Finding(item: top.item, other: span.item, day: span.day)
                highest.pop()
            }
            lowest.push(span)
            highest.push(span)
        }
        return found.values.sorted { $0.item < $1.item }
    }
}

/// A binary heap ordered by `precedes` (the top precedes every other element).
struct BinaryHeap<Element> {
    private var items: [Element] = []
    private let precedes: (Element, Element) -> Bool

    init(precedes: @escaping (Element, Element) -> Bool) { self.precedes = precedes }

    var top: Element? { items.first }

    mutating func push(_ element: Element) {
        items.append(element)
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard precedes(items[child], items[parent]) else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() {
        guard !items.isEmpty else { return }
        items.swapAt(0, items.count - 1)
        items.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var first = parent
            if left < items.count, precedes(items[left], items[first]) { first = left }
            if right < items.count, precedes(items[right], items[first]) { first = right }
            guard first != parent else { return }
            items.swapAt(parent, first)
            parent = first
        }
    }
}
