/// In a district's bulletin of the month a period closes: the ranking of its units (đảng bộ
/// cơ sở, in a province đảng bộ trực thuộc) with their title ("Đảng bộ cơ sở 4 tốt" unless the
/// unit rubric names another), as `/xep-hang-don-vi/<period>/` gives it.
struct BulletinUnitRanking: Encodable {
    /// `"Kết quả xếp loại đảng bộ cơ sở năm 2025"`.
    var heading: String
    /// "Các đảng bộ cơ sở dẫn đầu", in a province "Các đảng bộ trực thuộc dẫn đầu".
    var caption: String
    /// The first column's head: "Đảng bộ cơ sở", in a province "Đảng bộ trực thuộc".
    var subjectColumn: String
    /// The unit title: "Đảng bộ cơ sở 4 tốt" unless the unit rubric names another.
    var fourGoodTitle: String
    /// "Xem bảng xếp hạng đảng bộ cơ sở đầy đủ".
    var rankingLink: String
    var sentences: [String]
    var rows: [BulletinUnitRankingRow]
    var rankingHref: String

    init(_ ranking: Ranking, route: Route, context: PortalContext) {
        let router = context.router
        let known = Set(context.district?.units.map(\.id) ?? [])
        let noun = ranking.subject.noun
        heading = "Kết quả xếp loại \(noun) \(VietnameseFormat.period(ranking.period))"
        caption = "Các \(noun) dẫn đầu"
        subjectColumn = ranking.subject.columnName
        fourGoodTitle = ranking.title
        rankingLink = "Xem bảng xếp hạng \(noun) đầy đủ"
        sentences = ranking.summarySentences(for: .page)
        let mark = context.district.map { EndingNotice.marks(of: ranking, district: $0, router: router, route: route) }
        rows = ranking.rows.prefix { $0.rank <= BulletinRanking.topRanks }.map { row in
            BulletinUnitRankingRow(rank: "\(row.rank)", name: row.branchName,
                                   unitHref: known.contains(row.branchID) ? router.link(from: route, to: .home, in: router.unit(row.branchID)) : nil,
                                   endedMark: mark?(row),
                                   total: VietnameseFormat.score(row.card.total), level: row.card.level?.name ?? "—",
                                   fourGood: row.isFourGood ? ranking.titleMark : "")
        }
        rankingHref = context.links(from: route).to(.unitRanking(ranking.period))
    }
}

/// A line of the top of the units' ranking.
struct BulletinUnitRankingRow: Encodable {
    var rank: String
    var name: String
    var unitHref: String?
    /// "(đã sáp nhập vào Đảng bộ xã …)" for a unit that ended before the period did.
    var endedMark: EndingNotice?
    var total: String
    var level: String
    /// `"4 tốt"` (`Ranking.titleMark`) or `""`.
    var fourGood: String
}
