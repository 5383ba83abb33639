/// A headline figure of the home page: "42" — "đảng viên", "03" — "chi bộ trực thuộc".
struct HomeFigure: Encodable {
    var value: String
    var label: String

    /// A count, padded as the ranking's and the month's cards pad theirs (`VietnameseFormat.count`,
    /// SPEC §4): the home's "2 chi bộ đạt “Chi bộ 4 tốt”" read "02" on `/xep-hang/`.
    init(count: Int, label: String) {
        self.init(value: VietnameseFormat.count(count), label: label)
    }

    init(value: String, label: String) {
        self.value = value
        self.label = label
    }

    /// Branches, members, households, then the latest ranking's top level and 4-tốt counts,
    /// then the meetings of `month`. A district's figures are those of the whole district.
    static func figures(_ context: PortalContext, month: YearMonth?) -> [HomeFigure] {
        if let district = context.district { return figures(context, district: district) }
        let site = context.site
        let branches = site.currentBranches
        var figures = [HomeFigure(count: branches.count, label: "chi bộ trực thuộc")]
        let members = branches.compactMap(\.members)
        if !members.isEmpty {
            figures.append(HomeFigure(count: members.map(\.total).reduce(0, +), label: "đảng viên"))
        }
        let households = branches.compactMap(\.households)
        if !households.isEmpty {
            figures.append(HomeFigure(count: households.reduce(0, +), label: "hộ gia đình trên địa bàn"))
        }
        if let ranking = context.analysis.latestRanking {
            let period = VietnameseFormat.period(ranking.period)
            if let top = ranking.rubric.topLevel {
                figures.append(HomeFigure(count: ranking.count(ofLevel: top.id),
                                          label: "chi bộ \(top.phrase) \(period)"))
            }
            figures.append(HomeFigure(count: ranking.fourGoodCount,
                                      label: "chi bộ đạt “\(ranking.title)” \(period)"))
        }
        if let month {
            let held = site.minutes.filter { $0.date.yearMonth == month }
            figures += meetingFigures(month, meetings: held.count, attendance: MeetingDiscipline.pooledAttendance(held),
                                      reporting: site.reportingBranches(held, in: month),
                                      branches: site.branches.filter { site.holdsToMeetings($0, in: month) }.count)
        }
        return figures
    }

    /// The figures of a district's home, each over the whole district as `/don-vi/` and
    /// `/xep-hang-don-vi/` count it (SPEC §7): its units and their branches, its own branches,
    /// members, households, the latest period's top level, "Chi bộ 4 tốt" and "Đảng bộ cơ sở
    /// 4 tốt", then the meetings of the latest month any of its branches met.
    private static func figures(_ context: PortalContext, district: DistrictAnalysis) -> [HomeFigure] {
        var figures = organizationFigures(district) + [HomeFigure(count: district.members, label: "đảng viên")]
        if district.households > 0 {
            figures.append(HomeFigure(count: district.households, label: "hộ gia đình trên địa bàn"))
        }
        if let period = district.latestPeriod {
            let phrase = VietnameseFormat.period(period)
            if let top = context.site.rubric(for: period).topLevel {
                figures.append(HomeFigure(count: district.topLevelBranches(period), label: "chi bộ \(top.phrase) \(phrase)"))
            }
            figures.append(HomeFigure(count: district.fourGoodBranches(period).count, label: "chi bộ đạt “\(district.branchTitle(period))” \(phrase)"))
            if let ranking = district.latestRanking, ranking.period == period {
                figures.append(HomeFigure(count: ranking.fourGoodCount,
                                          label: "\(ranking.subject.noun) đạt “\(ranking.title)” \(phrase)"))
            }
        }
        if let month = district.latestMeetingMonth, let done = district.month(month) {
            figures += meetingFigures(month, meetings: done.meetings, attendance: done.attendance?.rate,
                                      reporting: done.reportingBranches, branches: district.branches(by: month))
        }
        return figures
    }

    /// The organisations as the combined sentence counts them: a district's đảng bộ cơ sở, chi
    /// bộ trực thuộc and chi bộ trực thuộc đảng bộ cơ sở; a province's đảng bộ trực thuộc, then
    /// through every level its đảng bộ cơ sở, chi bộ cơ sở and chi bộ trực thuộc đảng bộ cơ sở.
    private static func organizationFigures(_ district: DistrictAnalysis) -> [HomeFigure] {
        guard district.committeesAboveBase > 0 else {
            // A district with no chi bộ trực thuộc of its own says what it has, as the combined
            // sentence does, never "00 chi bộ trực thuộc".
            let own = district.ownBranches > 0 ? [HomeFigure(count: district.ownBranches, label: "chi bộ trực thuộc")] : []
            return [HomeFigure(count: district.currentUnits.count, label: "đảng bộ cơ sở")] + own
                + [HomeFigure(count: district.unitBranches, label: "chi bộ trực thuộc đảng bộ cơ sở")]
        }
        let all = district.organizations
        return [
            HomeFigure(count: district.currentUnits.count, label: "đảng bộ trực thuộc"),
            HomeFigure(count: all.baseCommittees, label: "đảng bộ cơ sở"),
            HomeFigure(count: all.baseBranches, label: "chi bộ cơ sở"),
            HomeFigure(count: all.branchesOfBaseCommittees, label: "chi bộ trực thuộc đảng bộ cơ sở"),
        ]
    }

    /// "28 buổi sinh hoạt tháng 9 năm 2024" and "91,3 % đảng viên dự sinh hoạt … (12/14 chi bộ
    /// đã có biên bản)", the latter when the meetings record attendance.
    private static func meetingFigures(_ month: YearMonth, meetings: Int, attendance: Double?,
                                       reporting: Int, branches: Int) -> [HomeFigure] {
        var figures = [HomeFigure(count: meetings,
                                  label: "buổi sinh hoạt \(VietnameseFormat.monthYear(month))")]
        if let rate = attendance {
            let coverage = reporting < branches
                ? " (\(VietnameseFormat.count(reporting))/\(VietnameseFormat.count(branches)) chi bộ đã có biên bản)" : ""
            figures.append(HomeFigure(value: VietnameseFormat.percent(rate, for: .page),
                                      label: "đảng viên dự sinh hoạt \(VietnameseFormat.monthYear(month))\(coverage)"))
        }
        return figures
    }
}
