/// The ranking of a year in its archive: the link to the ranking's own page, its summary, its
/// table and the branches that earned "Chi bộ 4 tốt".
struct ArchiveRankingView: Encodable {
    var rankingTitle: String
    var rankingHref: String
    var rankingSummary: RankingSummaryView
    var table: RankingTableView
    /// "Danh hiệu “Chi bộ 4 tốt” năm 2024", with the title the rubric names.
    var fourGoodHeading: String
    var fourGood: [ArchiveBranchLink]
    var hasFourGood: Bool
    /// "Không có chi bộ nào đạt danh hiệu “Chi bộ 4 tốt”.", shown when none holds it.
    var noFourGood: String

    init(_ ranking: Ranking, site: Site, links: Links) {
        let known = Set(site.branches.map(\.id))
        rankingTitle = PortalFormat.rankingTitle(ranking.period, site: site)
        rankingHref = links.ranking(ranking.period)
        rankingSummary = RankingSummaryView(ranking)
        fourGoodHeading = "Danh hiệu “\(ranking.title)” năm \(ranking.period.year)"
        table = RankingTableView(ranking, caption: "Bảng xếp hạng thi đua năm \(ranking.period.year)", links: links, site: site)
        fourGood = VietnameseCollation.sorted(ranking.rows.filter(\.isFourGood), by: \.branchName).map { row in
            ArchiveBranchLink(name: row.branchName, href: known.contains(row.branchID) ? links.branch(row.branchID) : nil,
                              endedMark: EndingNotice.mark(ofBranch: row.branchID, site: site, links: links,
                                                           month: ranking.period.closingMonth))
        }
        hasFourGood = !fourGood.isEmpty
        noFourGood = ranking.fourGoodSentence
    }
}
