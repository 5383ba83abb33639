/// The ranking of a district's units (đảng bộ cơ sở; a province's đảng bộ trực thuộc) in a year's archive: the link to the unit
/// ranking's own page, its summary sentences and table as that page shows them (the same
/// partials, `unit-ranking-summary` and `unit-ranking-table`), the units that earned "Đảng bộ cơ
/// sở 4 tốt", and the honour roll of the units' runs of years up to that year.
struct ArchiveUnitRankingView: Encodable {
    var rankingTitle: String
    var rankingHref: String
    /// "năm 2024", as written inside a sentence.
    var periodPhrase: String
    var rankedCount: String
    /// "đảng bộ cơ sở", in a province "đảng bộ trực thuộc".
    var subjectNoun: String
    /// The unit title, as the unit rubric names it: "Đảng bộ cơ sở 4 tốt" by default.
    var fourGoodTitle: String
    /// "Danh hiệu “Đảng bộ cơ sở 4 tốt” năm 2024".
    var fourGoodHeading: String
    /// "Bảng vàng đảng bộ cơ sở nhiều năm liền".
    var unitHonourRollHeading: String
    var sentences: [String]
    var table: RankingTableView
    /// The units holding "Đảng bộ cơ sở 4 tốt", in name order, each linked to its portal.
    var fourGood: [ArchiveBranchLink]
    var hasFourGood: Bool
    /// "Không có đảng bộ cơ sở nào đạt danh hiệu “Đảng bộ cơ sở 4 tốt”.", shown when none holds it.
    var noFourGood: String
    /// The units' streaks ending in the year (a key of its own: the year's `honourRoll` is the
    /// branches').
    var unitHonourRoll: ArchiveHonourRoll

    init(_ ranking: Ranking, route: Route, context: PortalContext, district: DistrictAnalysis) {
        let router = context.router
        let year = ranking.period.year
        let portal = { (id: String) in router.link(from: route, to: .home, in: router.unit(id)) }
        let known = Set(district.units.map(\.id))
        let yearEnd = YearMonth(year: year, month: 12)
        let noun = ranking.subject.noun
        subjectNoun = noun
        fourGoodTitle = ranking.title
        fourGoodHeading = "Danh hiệu “\(ranking.title)” năm \(year)"
        unitHonourRollHeading = "Bảng vàng \(noun) nhiều năm liền"
        rankingTitle = UnitRankingPage.title(ranking.period, subject: ranking.subject)
        rankingHref = context.links(from: route).to(.unitRanking(ranking.period))
        periodPhrase = VietnameseFormat.period(ranking.period)
        rankedCount = VietnameseFormat.count(ranking.rows.count)
        sentences = ranking.summarySentences(for: .page)
        table = RankingTableView(units: ranking, caption: "Bảng xếp hạng \(noun) \(periodPhrase)", route: route,
                                 context: context, district: district)
        table.detailToggleID = "hien-diem-tieu-chi-don-vi"
        fourGood = VietnameseCollation.sorted(ranking.rows.filter(\.isFourGood), by: \.branchName).map { row in
            ArchiveBranchLink(name: row.branchName, href: known.contains(row.branchID) ? portal(row.branchID) : nil,
                              endedMark: EndingNotice.mark(ofUnit: row.branchID, district: district, router: router,
                                                           route: route, month: ranking.period.closingMonth))
        }
        hasFourGood = !fourGood.isEmpty
        noFourGood = ranking.fourGoodSentence
        let entries = VietnameseCollation.sorted(district.units, by: \.name).map { unit in
            ArchiveRollEntry(id: unit.id, name: unit.name, href: portal(unit.id),
                             endedMark: EndingNotice.mark(ofUnit: unit.id, district: district, router: router, route: route,
                                                          month: yearEnd))
        }
        // Each year of the runs on the unit scale in force that year.
        unitHonourRoll = ArchiveHonourRoll(entries, evaluations: district.rankedEvaluations,
                                           rubrics: district.rubrics ?? RubricHistory(current: ranking.rubric),
                                           through: year, subject: ranking.subject)
    }
}
