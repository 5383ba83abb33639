/// The honour roll of a year (bảng vàng): those ranked — the branches, or a district's units —
/// at the top level, and at the good level or better, for two years running or more up to that
/// year, with their streak sentences.
struct ArchiveHonourRoll: Encodable {
    var excellent: [ArchiveStreakView]
    var hasExcellent: Bool
    var excellentHeading: String
    var good: [ArchiveStreakView]
    var hasGood: Bool
    var goodHeading: String
    var isEmpty: Bool
    /// "Chưa có chi bộ nào đạt thành tích hai năm liền trở lên.", shown when the roll is empty.
    var emptySentence: String

    /// The roll of the site's branches: their streaks ending in `year`, from the yearly
    /// evaluations up to it.
    init(site: Site, through year: Int, links: Links) {
        let yearEnd = YearMonth(year: year, month: 12)
        let entries = VietnameseCollation.sorted(site.branches, by: \.name).map { branch in
            ArchiveRollEntry(id: branch.id, name: branch.name, href: links.branch(branch.id),
                             endedMark: EndingNotice.mark(of: branch, site: site, links: links, month: yearEnd))
        }
        self.init(entries, evaluations: site.evaluations, rubrics: site.rubrics, through: year, subject: .branches)
    }

    /// The roll of `entries`, in the order given (the names' order), from their `evaluations`
    /// scored on `rubrics` (each year on the scale in force that year): the streaks ending in
    /// `year` (`Streaks`, the one rule for branches and units), counting yearly evaluations up to
    /// it. One is on the good list only when that run is longer than its run at the top level.
    init(_ entries: [ArchiveRollEntry], evaluations: [Evaluation], rubrics: RubricHistory, through year: Int, subject: RankingSubject) {
        let streaks = Streaks.make(evaluations: evaluations.filter { $0.period.isYear && $0.period.year <= year }, rubrics: rubrics)
        let runs = entries.compactMap { entry in streaks[entry.id].map { (entry, $0) } }
        excellent = Self.ordered(runs.compactMap { entry, streak in
            streak.excellent.flatMap { $0.count > 1 ? ArchiveStreakView(entry, streak: $0) : nil }
        })
        good = Self.ordered(runs.compactMap { entry, streak in
            guard let good = streak.goodOrBetter, good.count > 1, good.count > (streak.excellent?.count ?? 0) else { return nil }
            return ArchiveStreakView(entry, streak: good)
        })
        hasExcellent = !excellent.isEmpty
        hasGood = !good.isEmpty
        // The levels of the scale in force that year, which its streaks name.
        let rubric = rubrics.rubric(for: Period(year: year))
        excellentHeading = (rubric.topLevel?.name ?? "Mức cao nhất") + " nhiều năm liền"
        goodHeading = (rubric.goodLevel?.name ?? "Mức tốt") + " trở lên nhiều năm liền"
        isEmpty = excellent.isEmpty && good.isEmpty
        emptySentence = "Chưa có \(subject.noun) nào đạt thành tích hai năm liền trở lên."
    }

    /// Longest streaks first; equal ones keep the names' order.
    private static func ordered(_ views: [ArchiveStreakView]) -> [ArchiveStreakView] {
        views.enumerated().sorted { ($1.element.years, $0.offset) < ($0.element.years, $1.offset) }.map(\.element)
    }
}

/// One that may stand on an honour roll: a branch, or a district's unit, by the id its scores
/// name, with the link to its page (a branch's profile, a unit's portal) and, when it ended
/// before the end of the roll's year, what became of it.
struct ArchiveRollEntry {
    var id: String
    var name: String
    var href: String
    var endedMark: EndingNotice?
}

/// One on the honour roll: "Chi bộ ấp Ấp Bắc — Hoàn thành xuất sắc nhiệm vụ 02 năm liền (2023–2024)".
struct ArchiveStreakView: Encodable {
    /// The branch's, or the unit's, name.
    var branchName: String
    var branchLink: String
    /// "(đã sáp nhập vào Chi bộ …)" for one that ended before the end of the roll's `year`.
    var endedMark: EndingNotice?
    /// The streak's sentence, and its parts with the range kept on one line (`StreakLine`).
    var sentence: String
    var line: StreakLine
    var years: Int

    init(_ entry: ArchiveRollEntry, streak: Streak) {
        branchName = entry.name
        branchLink = entry.href
        endedMark = entry.endedMark
        sentence = streak.sentence
        line = StreakLine(streak)
        years = streak.count
    }
}
