/// A ranking as a table: caption, one column per criterion, one row per branch with its ranks,
/// scores, level badge and 4-tốt mark, and the reasons of those who miss the title. Made for
/// the page at `links.root`, so the same ranking links correctly from any folder.
///
/// The criterion columns carry short headers ("TC1") so that the table fits a screen; the key
/// under the table spells them out, with the clusters ("cụm 1") the cluster ranks refer to.
struct RankingTableView: Encodable {
    var caption: String
    /// The first column's head: "Chi bộ", "Đảng bộ cơ sở", "Đảng bộ trực thuộc".
    var subjectColumn: String
    /// The title the ranking awards, as its rubric names it ("Chi bộ 4 tốt"): the mark's column
    /// and the head of the reasons.
    var fourGoodTitle: String
    /// The mark's column as the hint for narrow screens names it: "4 tốt" for a title named so,
    /// else the title itself.
    var fourGoodMark: String
    /// True when branches declare clusters: the table then has a "Hạng trong cụm" column.
    var hasClusters: Bool
    var criteria: [RankingColumnView]
    /// The clusters in the order of their short names, for the key under the table.
    var clusters: [RankingClusterView]
    var rows: [RankingRowView]
    /// Branches that miss the title, with why.
    var missingFourGood: [RankingReasonView]
    var hasMissingFourGood: Bool
    /// The id of the box that brings the criteria's scores back on a narrow screen; a page
    /// showing a second table (a district's archive: its units', then its branches') gives that
    /// one another, so that each label ticks its own box.
    var detailToggleID = "hien-diem-tieu-chi"

    /// The table of a ranking of branches of `site`, each linked to its profile when a branch file
    /// declares it, and marked when the period goes on past its end (`EndingNotice.marks`):
    /// `mark` when the page worked the marks out already (for its chart too).
    init(_ ranking: Ranking, caption: String, links: Links, site: Site, mark: ((RankingRow) -> EndingNotice?)? = nil) {
        self.init(ranking, caption: caption, config: site.config, href: {
            site.branch(id: $0.branchID) == nil ? nil : links.branch($0.branchID)
        }, mark: mark ?? EndingNotice.marks(of: ranking, site: site, links: links))
    }

    /// The table of any ranking, of branches or of a district's units: `href` gives the link of
    /// each ranked one (its profile, its portal), or nil; `mark` what became of one that no longer exists.
    init(_ ranking: Ranking, caption: String, config: SiteConfig, href: (RankingRow) -> String?,
         mark: (RankingRow) -> EndingNotice? = { _ in nil }) {
        self.caption = caption
        subjectColumn = ranking.subject.columnName
        fourGoodTitle = ranking.title
        fourGoodMark = ranking.titleSaysFourGood ? "4 tốt" : ranking.title
        hasClusters = !ranking.clusters.isEmpty
        criteria = ranking.rubric.criteria.enumerated().map { RankingColumnView($1, position: $0 + 1) }
        clusters = ranking.clusters.enumerated().map { position, id in
            RankingClusterView(shortName: "cụm \(position + 1)", name: PortalFormat.cluster(id, config: config))
        }
        let short = Dictionary(uniqueKeysWithValues: zip(ranking.clusters, clusters))
        rows = ranking.rows.map {
            var row = RankingRowView($0, href: href($0), cluster: $0.cluster.flatMap { short[$0] })
            row.endedMark = mark($0)
            return row
        }
        missingFourGood = ranking.rows.filter { !$0.isFourGood }.map { RankingReasonView($0, endedMark: mark($0)) }
        hasMissingFourGood = !missingFourGood.isEmpty
    }
}

/// The header of a criterion column: a short name ("TC1") standing for its full name, and its
/// maximum ("30").
struct RankingColumnView: Encodable {
    /// "TC1": tiêu chí 1.
    var shortName: String
    var name: String
    var maximum: String

    init(_ criterion: Criterion, position: Int) {
        shortName = "TC\(position)"
        name = criterion.name
        maximum = VietnameseFormat.score(criterion.max)
    }
}

/// An emulation cluster as the ranking table names it: "cụm 1" for "Cụm thi đua khu dân cư".
struct RankingClusterView: Encodable {
    var shortName: String
    var name: String
}

/// One line of the ranking table, every value formatted ("87,5"): a branch, or a district's unit.
struct RankingRowView: Encodable {
    var rank: String
    /// "1", or "—" for a branch outside any cluster.
    var clusterRank: String
    /// The branch's cluster, written "(cụm 1)" after its rank in the cluster.
    var cluster: RankingClusterView?
    var branchName: String
    /// The profile link; nil for an id no branch file declares.
    var branchHref: String?
    /// "(đã sáp nhập vào Chi bộ …)" for a branch that ended before the period did.
    var endedMark: EndingNotice?
    var scores: [String]
    var bonus: String
    var penalty: String
    var total: String
    var levelBadge: LevelBadge?
    var isFourGood: Bool
    /// For a unit: "66,7 %" of its branches holding "Chi bộ 4 tốt"; nil when it ranked none
    /// of them, and for a branch.
    var branchShare: String?
    var rowNote: String?

    init(_ row: RankingRow, href: String?, cluster: RankingClusterView?) {
        rank = VietnameseFormat.number(row.rank)
        clusterRank = row.clusterRank.map(VietnameseFormat.number) ?? "—"
        self.cluster = row.clusterRank == nil ? nil : cluster
        branchName = row.branchName
        branchHref = href
        scores = row.card.scores.map { VietnameseFormat.score($0.score) }
        bonus = VietnameseFormat.score(row.card.bonus)
        penalty = VietnameseFormat.score(row.card.penalty)
        total = VietnameseFormat.score(row.card.total)
        levelBadge = row.card.level.map(LevelBadge.init)
        isFourGood = row.isFourGood
        branchShare = row.fourGood.branchShare.map { VietnameseFormat.percent($0, for: .page) }
        rowNote = PortalFormat.present(row.card.note)
    }
}

/// Why a branch misses the "Chi bộ 4 tốt" title: "Chi bộ ấp Eo Gió: có đảng viên bị kỷ luật trong kỳ."
struct RankingReasonView: Encodable {
    var branchName: String
    /// "(đã sáp nhập vào Chi bộ …)", as on the branch's row of the table.
    var endedMark: EndingNotice?
    var reasons: String

    init(_ row: RankingRow, endedMark: EndingNotice?) {
        branchName = row.branchName
        self.endedMark = endedMark
        reasons = row.fourGood.reasons(for: .page).joined(separator: "; ") + "."
    }
}
