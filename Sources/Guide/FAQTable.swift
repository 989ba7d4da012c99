import Foundation

/// A table of viewer questions and the FAQ entry each should get, for measuring retrieval
/// (`standin faq --table`, `scripts/bench-faq`).
///
/// ```
/// # comment lines and a header starting with "catalog" are skipped
/// catalog	on_air	question	expected
/// zh	tea-01	开水直接冲可以吗	tea-01#2
/// en	tea-01	what time do you go offline	-
/// ```
/// Tab-separated: the catalog's key (which catalog the row is for), the product on air
/// (`-` for none), the question, and the expected answer as `product#entry` (1-based position
/// in the product's `faq` list) or `-` for "no entry answers this".
public struct FAQTable: Sendable {
    public struct Row: Sendable, Equatable {
        public var catalogKey: String
        public var onAir: String?
        public var question: String
        /// (product id, 0-based entry index), or nil when the host should say the check-later line.
        public var expected: (product: String, entry: Int)?
        /// 1-based line in the file.
        public var line: Int

        public static func == (a: Row, b: Row) -> Bool {
            a.catalogKey == b.catalogKey && a.onAir == b.onAir && a.question == b.question && a.line == b.line
                && a.expected?.product == b.expected?.product && a.expected?.entry == b.expected?.entry
        }
    }

    public var rows: [Row]
    /// The file read.
    public var path: String

    /// Reads `path`; a malformed row is an error naming file:line and the column.
    public init(path: String) throws {
        self.path = path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        rows = []
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = offset + 1
            let content = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if content.isEmpty || content.hasPrefix("#") || content.hasPrefix("catalog\t") { continue }
            let columns = raw.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard columns.count == 4 else {
                throw FAQTableError(file: path, line: line, problem: "has \(columns.count) tab-separated columns; "
                                    + "expected 4 (catalog, on_air, question, expected)")
            }
            var expected: (String, Int)?
            if columns[3] != "-" {
                let parts = columns[3].split(separator: "#")
                guard parts.count == 2, let number = Int(parts[1]), number >= 1 else {
                    throw FAQTableError(file: path, line: line, problem: "column 'expected' must be product#entry "
                                        + "(1-based) or '-', got '\(columns[3])'")
                }
                expected = (String(parts[0]), number - 1)
            }
            guard !columns[2].isEmpty else { throw FAQTableError(file: path, line: line, problem: "column 'question' is empty") }
            rows.append(Row(catalogKey: columns[0], onAir: columns[1] == "-" ? nil : columns[1], question: columns[2],
                            expected: expected, line: line))
        }
    }
}

/// A malformed question table, at file:line.
public struct FAQTableError: Error, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var problem: String
    public var description: String { "\(file):\(line): \(problem)" }
}
