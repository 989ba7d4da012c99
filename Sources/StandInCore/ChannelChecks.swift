/// Checks that need the whole channel (overlaps) or other files (product ids).
extension Channel {
    /// Human shifts that overlap each other, and promos that fall inside a human shift.
    /// Wall-clock minutes are compared on real dates: two weeks of weekly slots plus every
    /// date the file names, so cancellations and extra shifts are taken into account.
    public func timingProblems() -> [FileError] {
        var dates = Set((0..<14).map { LocalDate(year: 2024, month: 1, day: 1).adding(days: $0) })  // from a Monday
        for day in shifts.compactMap(\.onlyDate) + promos.compactMap(\.onlyDate) + cancellations.map(\.date) {
            for offset in -1...1 { dates.insert(day.adding(days: offset)) }
        }
        var shiftSpans: [Occurrence] = []
        var promoSpans: [Occurrence] = []
        for day in dates.sorted() {
            for (index, shift) in shifts.enumerated() where shift.days.includes(day)
                && !cancellations.contains(where: { $0.cancels(shift, on: day) }) {
                shiftSpans.append(Occurrence(item: index, day: day, start: shift.start, minutes: shift.minutes))
            }
            for (index, promo) in promos.enumerated() where promo.days.includes(day) {
                promoSpans.append(Occurrence(item: index, day: day, start: promo.start, minutes: promo.minutes))
            }
        }
        var problems: [FileError] = []
        var reported: Set<[Int]> = []
        for (i, a) in shiftSpans.enumerated() {
            for b in shiftSpans[(i + 1)...] where a.item != b.item && a.overlaps(b) {
                let (first, second) = a.item < b.item ? (a, b) : (b, a)
                guard reported.insert([0, first.item, second.item]).inserted else { continue }
                let other = shifts[first.item]
                problems.append(FileError(file: file, line: shifts[second.item].source.line, context: shiftContext(second.item),
                                          field: "start", problem: "overlaps the shift at line \(other.source.line ?? 0) "
                                          + "(\(other.host), \(other.start)–\(other.end)) on \(max(a, b).day)"))
            }
        }
        for promoSpan in promoSpans {
            for shiftSpan in shiftSpans where promoSpan.overlaps(shiftSpan) {
                guard reported.insert([1, promoSpan.item, shiftSpan.item]).inserted else { continue }
                let promo = promos[promoSpan.item], shift = shifts[shiftSpan.item]
                problems.append(FileError(file: file, line: promo.source.line, context: "promo #\(promoSpan.item + 1)",
                                          field: "start", problem: "\(promo.start)–\(promo.end) falls inside the human shift at line "
                                          + "\(shift.source.line ?? 0) (\(shift.host), \(shift.start)–\(shift.end)) on \(promoSpan.day)"))
            }
        }
        return problems
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

/// One dated occurrence of a shift or promo, in wall-clock minutes since 1970-01-01.
private struct Occurrence: Comparable {
    var item: Int
    var day: LocalDate
    var start: Int
    var end: Int

    init(item: Int, day: LocalDate, start: TimeOfDay, minutes: Int) {
        self.item = item
        self.day = day
        self.start = day.daysSince1970 * 1440 + start.minutes
        self.end = self.start + minutes
    }

    func overlaps(_ other: Occurrence) -> Bool { start < other.end && other.start < end }
    static func < (a: Occurrence, b: Occurrence) -> Bool { a.start < b.start }
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
