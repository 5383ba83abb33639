/// In a district's bulletin of the month a period closes: every branch of the district holding
/// "Chi bộ 4 tốt" in the period, its own and its units', as `/xep-hang-don-vi/<period>/` lists
/// them, but compact enough for twenty units to print well within one A4 sheet: a line for the
/// district's chi bộ trực thuộc (when they were ranked; in December, ranked by quarter while its
/// units rank by year, its own of the quarter, the quarter named), then, when some unit ranked its
/// branches in the period, one for each unit in the order of `units:`, its branches run together ("Đảng bộ xã Ấp Bắc (02): Chi bộ ấp Bắc 1, Chi bộ ấp Bắc
/// 2."), or, holding none, why in a few words ("Đảng bộ xã Long Thạnh: chưa có chi bộ nào được
/// chấm điểm năm 2024.").
struct BulletinDistrictFourGood: Encodable {
    /// `"Danh hiệu “Chi bộ 4 tốt” toàn Đảng bộ năm 2025"`.
    var heading: String
    var sentence: String
    var lines: [BulletinFourGoodLine]
    var hasLines: Bool
    /// The same branches unit by unit under headings, as the bulletin listed them before its
    /// lines: kept for a site's own `templates/bulletin.mustache` copied then, whose
    /// `{{#groups}}` would otherwise stop the build (the built-in theme shows `lines`); the group
    /// of its own, like its line, is of the period it ranked them in.
    var groups: [FourGoodGroupView]

    /// The section of the month closing `own`, the period the district ranked its chi bộ trực
    /// thuộc in, and `units`, the one it ranked its units in (December closes a quarter and a
    /// year); nil when it closes neither. When they differ, the line of its own names its period
    /// and the heading and the sentence both.
    init?(own ownPeriod: Period?, units unitsPeriod: Period?, route: Route, context: PortalContext, district: DistrictAnalysis) {
        guard let period = unitsPeriod ?? ownPeriod else { return nil }
        let ownPeriod = ownPeriod ?? period
        let split = ownPeriod != period
        let periods = split ? "\(VietnameseFormat.period(ownPeriod)) và \(VietnameseFormat.period(period))" : VietnameseFormat.period(period)
        heading = "Danh hiệu “\(district.branchTitle(period))” toàn Đảng bộ \(periods)"
        sentence = split ? district.fourGoodSentence(own: ownPeriod, units: period) : district.fourGoodSentence(period)
        func line(_ name: String, _ titled: [FourGoodBranch]?, in period: Period, title: String) -> BulletinFourGoodLine {
            BulletinFourGoodLine(name: name, titled: titled.map { FourGoodBranchView.views($0, period: period, route: route, context: context) },
                                 period: period, title: title)
        }
        let ownName = FourGoodGroupView.ownHeading(ownPeriod, beside: period)
        let own = district.ownFourGood[ownPeriod].map { [line(ownName, $0, in: ownPeriod, title: district.branchTitle(ownPeriod))] } ?? []
        // Units that rank their branches only yearly say nothing of a quarter the district ranked
        // its own in: a line each that none was scored would only be noise.
        let units = district.units(in: period.closingMonth)
        let unitsRanked = units.contains { $0.fourGoodBranches[period] != nil }
        lines = own + (unitsRanked ? units : []).map { unit in
            line(unit.name, unit.fourGoodBranches[period], in: period, title: unit.branchTitles.title(for: period))
        }
        hasLines = !lines.isEmpty
        groups = FourGoodGroupView.groups(district.fourGoodBranches(period), period: period, own: ownPeriod, route: route, context: context, district: district)
    }
}

/// A line of the district bulletin's "Chi bộ 4 tốt": a unit (or the district's chi bộ trực
/// thuộc), how many of its branches hold the title and which, or why it names none.
struct BulletinFourGoodLine: Encodable {
    /// `"Đảng bộ xã Ấp Bắc"`, `"Chi bộ trực thuộc"`.
    var name: String
    /// `"02"`; nil when it names none.
    var count: String?
    /// Its branches holding the title, each followed by its separator.
    var branches: [BulletinFourGoodMention]
    /// "chưa có chi bộ nào được chấm điểm năm 2024" when it ranked none of its branches in the
    /// period, "không có chi bộ nào đạt “Chi bộ 4 tốt”" when none earned the title (`title`, as
    /// its own scale names it); nil when some did.
    var none: String?

    /// The line of `name`, whose branches holding the title in `period` are `titled` (nil when it
    /// ranked none).
    init(name: String, titled: [FourGoodBranchView]?, period: Period, title: String) {
        self.name = name
        let named = titled ?? []
        count = named.isEmpty ? nil : VietnameseFormat.count(named.count)
        branches = named.enumerated().map { index, branch in
            BulletinFourGoodMention(branch: branch, separator: index < named.count - 1 ? ", " : "")
        }
        if titled == nil {
            none = NoTitledBranches.noneScored(in: period)
        } else {
            none = named.isEmpty ? NoTitledBranches.noneHolding(title) : nil
        }
    }
}

/// A branch named in a line of several, and what follows it: `", "`, nothing after the last
/// (the line's full stop follows).
struct BulletinFourGoodMention: Encodable {
    var branch: FourGoodBranchView
    var separator: String
}
