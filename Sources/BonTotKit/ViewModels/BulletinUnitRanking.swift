/// In a district's bulletin of the month a period closes: the ranking of its units (đảng bộ
/// cơ sở) with the "Đảng bộ cơ sở 4 tốt" title, as `/xep-hang-don-vi/<period>/` gives it.
struct BulletinUnitRanking: Encodable {
    /// `"Kết quả xếp loại đảng bộ cơ sở năm 2025"`.
    var heading: String
    var sentences: [String]
    var rows: [BulletinUnitRankingRow]
    var rankingHref: String

    init(_ ranking: Ranking, route: Route, context: PortalContext) {
        let router = context.router
        let known = Set(context.district?.units.map(\.id) ?? [])
        heading = "Kết quả xếp loại đảng bộ cơ sở \(VietnameseFormat.period(ranking.period))"
        sentences = ranking.summarySentences(for: .page)
        let mark = context.district.map { EndingNotice.marks(of: ranking, district: $0, router: router, route: route) }
        rows = ranking.rows.prefix { $0.rank <= BulletinRanking.topRanks }.map { row in
            BulletinUnitRankingRow(rank: "\(row.rank)", name: row.branchName,
                                   unitHref: known.contains(row.branchID) ? router.link(from: route, to: .home, in: router.unit(row.branchID)) : nil,
                                   endedMark: mark?(row),
                                   total: VietnameseFormat.score(row.card.total), level: row.card.level?.name ?? "—",
                                   fourGood: row.isFourGood ? "4 tốt" : "")
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
    /// `"4 tốt"` or `""`.
    var fourGood: String
}

/// In a district's bulletin of the month a period closes: every branch of the district holding
/// "Chi bộ 4 tốt" in the period, its own and its units', as `/xep-hang-don-vi/<period>/` lists them.
struct BulletinDistrictFourGood: Encodable {
    /// `"Danh hiệu “Chi bộ 4 tốt” toàn Đảng bộ năm 2025"`.
    var heading: String
    var sentence: String
    var groups: [FourGoodGroupView]

    init(_ period: Period, route: Route, context: PortalContext, district: DistrictAnalysis) {
        heading = "Danh hiệu “Chi bộ 4 tốt” toàn Đảng bộ \(VietnameseFormat.period(period))"
        sentence = district.fourGoodSentence(period)
        groups = FourGoodGroupView.groups(district.fourGoodBranches(period), period: period, route: route, context: context, district: district)
    }
}
