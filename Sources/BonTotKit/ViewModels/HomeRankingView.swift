/// The latest ranking on the home page: its title, summary sentences and top rows, linked.
struct HomeRankingView: Encodable {
    var title: String
    var rankingHref: String
    var sentences: [String]
    var top: [HomeRankItem]
    /// The title, as the rubric names it: the head of the mark's column.
    var fourGoodTitle: String

    /// Rows ranked 1 to `topRanks` (ties at the edge included).
    static let topRanks = 5

    init(_ ranking: Ranking, site: Site, links: Links) {
        title = PortalFormat.rankingTitle(ranking.period, site: site)
        rankingHref = links.to(.rankingIndex)
        sentences = ranking.summarySentences(for: .page)
        fourGoodTitle = ranking.title
        let known = Set(site.branches.map(\.id))
        top = ranking.rows.filter { $0.rank <= Self.topRanks }.map { row in
            HomeRankItem(rank: VietnameseFormat.number(row.rank), branchName: row.branchName,
                         branchHref: known.contains(row.branchID) ? links.branch(row.branchID) : nil,
                         total: VietnameseFormat.score(row.card.total), levelBadge: row.card.level.map(LevelBadge.init),
                         isFourGood: row.isFourGood,
                         endedMark: EndingNotice.mark(ofBranch: row.branchID, site: site, links: links,
                                                      month: ranking.period.closingMonth))
        }
    }
}

/// A row of the home page's top of the ranking.
struct HomeRankItem: Encodable {
    var rank: String
    var branchName: String
    var branchHref: String?
    var total: String
    var levelBadge: LevelBadge?
    var isFourGood: Bool
    /// "(đã sáp nhập vào Chi bộ …)" for a branch that ended before the period did.
    var endedMark: EndingNotice?
}

/// A district's latest ranking of its units on its home: the units' title ("Đảng bộ cơ sở 4 tốt",
/// in a province "Đảng bộ 4 tốt", unless the unit rubric names another) in the summary
/// sentences of `/xep-hang-don-vi/`, then the branch title across the district.
struct HomeUnitRankingView: Encodable {
    var title: String
    var sentences: [String]
    var rankingHref: String
    /// "Xem bảng xếp hạng đảng bộ cơ sở", in a province "… đảng bộ trực thuộc".
    var rankingLink: String

    init(_ ranking: Ranking, district: DistrictAnalysis, links: Links) {
        rankingLink = "Xem bảng xếp hạng \(ranking.subject.noun)"
        title = "Kết quả chấm điểm thi đua “\(ranking.title)” \(VietnameseFormat.period(ranking.period))"
        sentences = ranking.summarySentences(for: .page) + [district.fourGoodSentence(ranking.period)]
        rankingHref = links.to(.unitRankingIndex)
    }
}
