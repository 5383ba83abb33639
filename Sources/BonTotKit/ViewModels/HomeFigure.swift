/// A headline figure of the home page: "42" — "đảng viên".
struct HomeFigure: Encodable {
    var value: String
    var label: String

    /// Branches, members, households, then the latest ranking's top level and 4-tốt counts,
    /// then the meetings of `month`.
    static func figures(_ context: PortalContext, month: YearMonth?) -> [HomeFigure] {
        let site = context.site
        var figures = [HomeFigure(value: VietnameseFormat.number(site.branches.count), label: "chi bộ trực thuộc")]
        let members = site.branches.compactMap(\.members)
        if !members.isEmpty {
            figures.append(HomeFigure(value: VietnameseFormat.number(members.map(\.total).reduce(0, +)), label: "đảng viên"))
        }
        let households = site.branches.compactMap(\.households)
        if !households.isEmpty {
            figures.append(HomeFigure(value: VietnameseFormat.number(households.reduce(0, +)), label: "hộ gia đình trên địa bàn"))
        }
        if let ranking = context.analysis.latestRanking {
            let period = VietnameseFormat.period(ranking.period)
            if let top = ranking.rubric.topLevel {
                figures.append(HomeFigure(value: VietnameseFormat.number(ranking.count(ofLevel: top.id)),
                                          label: "chi bộ \(top.phrase) \(period)"))
            }
            figures.append(HomeFigure(value: VietnameseFormat.number(ranking.fourGoodCount),
                                      label: "chi bộ đạt “Chi bộ 4 tốt” \(period)"))
        }
        if let month {
            let held = site.minutes.filter { $0.date.yearMonth == month }
            figures.append(HomeFigure(value: VietnameseFormat.number(held.count),
                                      label: "buổi sinh hoạt \(VietnameseFormat.monthYear(month))"))
            if let rate = MeetingDiscipline.pooledAttendance(held) {
                let reporting = Set(held.map(\.branchID)).count
                let coverage = reporting < site.branches.count
                    ? " (\(VietnameseFormat.count(reporting))/\(VietnameseFormat.count(site.branches.count)) chi bộ đã có biên bản)" : ""
                figures.append(HomeFigure(value: VietnameseFormat.percent(rate),
                                          label: "đảng viên dự sinh hoạt \(VietnameseFormat.monthYear(month))\(coverage)"))
            }
        }
        return figures
    }
}
