/// The honour roll of a year (bảng vàng): branches at the top level, and at the good level or
/// better, for two years running or more up to that year, with their streak sentences.
struct ArchiveHonourRoll: Encodable {
    var excellent: [ArchiveStreakView]
    var hasExcellent: Bool
    var excellentHeading: String
    var good: [ArchiveStreakView]
    var hasGood: Bool
    var goodHeading: String
    var isEmpty: Bool

    /// The streaks ending in `year`, from the yearly evaluations up to it. A branch is on the
    /// good list only when that run is longer than its run at the top level.
    init(site: Site, through year: Int, links: Links) {
        let evaluations = site.evaluations.filter { $0.period.isYear && $0.period.year <= year }
        let streaks = Streaks.make(evaluations: evaluations, rubric: site.rubric)
        let branches = VietnameseCollation.sorted(site.branches, by: \.name)
        let runs = branches.compactMap { branch in streaks[branch.id].map { (branch, $0) } }
        excellent = Self.ordered(runs.compactMap { branch, streak in
            streak.excellent.flatMap { $0.count > 1 ? ArchiveStreakView(branch: branch, streak: $0, site: site, year: year, links: links) : nil }
        })
        good = Self.ordered(runs.compactMap { branch, streak in
            guard let good = streak.goodOrBetter, good.count > 1, good.count > (streak.excellent?.count ?? 0) else { return nil }
            return ArchiveStreakView(branch: branch, streak: good, site: site, year: year, links: links)
        })
        hasExcellent = !excellent.isEmpty
        hasGood = !good.isEmpty
        excellentHeading = (site.rubric.topLevel?.name ?? "Mức cao nhất") + " nhiều năm liền"
        goodHeading = (site.rubric.goodLevel?.name ?? "Mức tốt") + " trở lên nhiều năm liền"
        isEmpty = excellent.isEmpty && good.isEmpty
    }

    /// Longest streaks first; equal ones keep the branches' name order.
    private static func ordered(_ views: [ArchiveStreakView]) -> [ArchiveStreakView] {
        views.enumerated().sorted { ($1.element.years, $0.offset) < ($0.element.years, $1.offset) }.map(\.element)
    }
}

/// A branch on the honour roll: "Chi bộ ấp Ấp Bắc — Hoàn thành xuất sắc nhiệm vụ 02 năm liền (2023–2024)".
struct ArchiveStreakView: Encodable {
    var branchName: String
    var branchLink: String
    /// "(đã sáp nhập vào Chi bộ …)" for a branch that ended before the end of the roll's `year`.
    var endedMark: EndingNotice?
    var sentence: String
    var years: Int

    init(branch: Branch, streak: Streak, site: Site, year: Int, links: Links) {
        branchName = branch.name
        branchLink = links.branch(branch.id)
        endedMark = EndingNotice.mark(of: branch, site: site, links: links, month: YearMonth(year: year, month: 12))
        sentence = streak.sentence
        years = streak.count
    }
}
