import Foundation

/// Okapi BM25 over a fixed set of documents, each a bag of terms.
///
/// ```swift
/// let bm25 = BM25(documents: [["茶", "多久"], ["杯", "容量"]])
/// bm25.score(["多久"], document: 0)   // > 0
/// ```
/// `coverage` is the share of a query's IDF weight a document contains, in 0…1: unlike the raw
/// score it does not grow with the question's length, so one threshold serves short and long
/// questions. Terms no document has get the highest IDF, so unknown words lower coverage.
struct BM25: Sendable {
    private let counts: [[String: Int]]
    private let lengths: [Int]
    private let averageLength: Double
    private let documentFrequency: [String: Int]
    let k1 = 1.2
    let b = 0.75

    init(documents: [[String]]) {
        counts = documents.map { terms in terms.reduce(into: [:]) { $0[$1, default: 0] += 1 } }
        lengths = documents.map(\.count)
        averageLength = documents.isEmpty ? 1 : max(1, Double(lengths.reduce(0, +)) / Double(documents.count))
        documentFrequency = counts.reduce(into: [:]) { frequency, bag in
            for term in bag.keys { frequency[term, default: 0] += 1 }
        }
    }

    var count: Int { counts.count }

    /// Whether any document holds `term`.
    func occurs(_ term: String) -> Bool { documentFrequency[term] != nil }

    /// Inverse document frequency, never negative (the "+1" form).
    func idf(_ term: String) -> Double {
        let n = Double(counts.count), df = Double(documentFrequency[term] ?? 0)
        return log((n - df + 0.5) / (df + 0.5) + 1)
    }

    func score(_ query: [String], document index: Int, weight: (String) -> Double = { _ in 1 }) -> Double {
        let bag = counts[index]
        let norm = k1 * (1 - b + b * Double(lengths[index]) / averageLength)
        return Set(query).reduce(0) { total, term in
            guard let tf = bag[term].map(Double.init) else { return total }
            return total + weight(term) * idf(term) * tf * (k1 + 1) / (tf + norm)
        }
    }

    /// IDF-weighted share of the query's distinct terms that document `index` contains.
    func coverage(_ query: [String], document index: Int, weight: (String) -> Double = { _ in 1 }) -> Double {
        let terms = Set(query)
        let total = terms.reduce(0) { $0 + idf($1) * weight($1) }
        guard total > 0 else { return 0 }
        return terms.filter { counts[index][$0] != nil }.reduce(0) { $0 + idf($1) * weight($1) } / total
    }
}
