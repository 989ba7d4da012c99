/// Checks that need the whole channel (overlaps) or other files (product ids).
extension Channel {
    /// Human shifts that overlap each other, and promos that fall inside a human shift.
    /// Wall-clock minutes are compared on real dates: two weeks of weekly slots plus every
    /// date the file names, so cancellations and extra shifts are taken into account. Each
    /// shift and each promo is reported at most once, in O(n log n) for n dated occurrences.
    public func timingProblems() -> [FileError] {
        var dates = Set((0..<14).map { LocalDate(year: 2024, month: 1, day: 1).adding(days: $0) })  // from a Monday
        for day in shifts.compactMap(\.onlyDate) + promos.compactMap(\.onlyDate) + cancellations.map(\.date) {
            for offset in -1...1 { dates.insert(day.adding(days: offset)) }
        }
        let cancelledDays = Set(cancellations.map(\.date))
        var shiftSpans: [OverlapSweep.Span] = []
        var promoSpans: [OverlapSweep.Span] = []
        for day in dates.sorted() {
            for (index, shift) in shifts.enumerated() where shift.days.includes(day)
                && !(cancelledDays.contains(day) && cancellations.contains(where: { $0.cancels(shift, on: day) })) {
                shiftSpans.append(Self.span(index, day, shift.start, shift.minutes))
            }
            for (index, promo) in promos.enumerated() where promo.days.includes(day) {
                promoSpans.append(Self.span(index, day, promo.start, promo.minutes))
            }
        }
        var problems: [FileError] = OverlapSweep.findings(shiftSpans).map { finding in
            let other = shifts[finding.other]
            return FileError(file: file, line: shifts[finding.item].source.line, context: shiftContext(finding.item),
                             field: "start", problem: "overlaps the shift at line \(other.source.line ?? 0) "
                             + "(\(other.host), \(other.start)–\(other.end)) on \(finding.day)")
        }
        // Shift spans by start, with the running latest end: a promo overlaps a shift when a
        // shift starting before the promo ends runs past the promo's start.
        let byStart = shiftSpans.sorted { $0.start < $1.start }
        var latest: [OverlapSweep.Span] = []
        for span in byStart { latest.append(latest.last.map { $0.end >= span.end ? $0 : span } ?? span) }
        var reportedPromos: Set<Int> = []
        for promoSpan in promoSpans where !reportedPromos.contains(promoSpan.item) {
            var low = 0, high = byStart.count
            while low < high { let middle = (low + high) / 2; if byStart[middle].start < promoSpan.end { low = middle + 1 } else { high = middle } }
            guard low > 0, latest[low - 1].end > promoSpan.start else { continue }
            reportedPromos.insert(promoSpan.item)
            let promo = promos[promoSpan.item], shift = shifts[latest[low - 1].item]
            problems.append(FileError(file: file, line: promo.source.line, context: "promo #\(promoSpan.item + 1)",
                                      field: "start", problem: "\(promo.start)–\(promo.end) falls inside the human shift at line "
                                      + "\(shift.source.line ?? 0) (\(shift.host), \(shift.start)–\(shift.end)) on \(promoSpan.day)"))
        }
        return problems
    }

    /// A dated occurrence in wall-clock minutes since 1970-01-01.
    private static func span(_ item: Int, _ day: LocalDate, _ start: TimeOfDay, _ minutes: Int) -> OverlapSweep.Span {
        let begin = day.daysSince1970 * 1440 + start.minutes
        return OverlapSweep.Span(item: item, start: begin, end: begin + minutes, day: day)
    }

    /// Problems across files: promos and weights naming products the catalog lacks.
    public func problems(catalog: Catalog) -> [FileError] {
        let known = catalog.products.map(\.id)
        func unknown(_ id: String) -> String {
            "'\(id)' is not a product in \(catalog.file) (known: \(known.joined(separator: ", ")))"
        }
        var problems: [FileError] = []
        for (index, promo) in promos.enumerated() where catalog.product(id: promo.productID) == nil {
            problems.append(FileError(file: file, line: promo.source.line, context: "promo #\(index + 1)", field: "product",
                                      problem: unknown(promo.productID)))
        }
        for (id, source) in rotation.weightSources.sorted(by: { $0.key < $1.key }) where catalog.product(id: id) == nil {
            problems.append(FileError(file: file, line: source.line, field: "rotation.weights.\(id)", problem: unknown(id)))
        }
        return problems
    }
}

extension Channel {
    /// How errors name shift `index`: `weekly shift #2` (counted as in the file) or `extra shift on 2026-12-05`.
    func shiftContext(_ index: Int) -> String {
        if let day = shifts[index].onlyDate { return "extra shift on \(day)" }
        return "weekly shift #\(shifts[..<index].filter { $0.onlyDate == nil }.count + 1)"
    }
}

extension HostShift {
    var onlyDate: LocalDate? { if case .date(let day) = days { day } else { nil } }
}

extension Promo {
    var onlyDate: LocalDate? { if case .date(let day) = days { day } else { nil } }
}
