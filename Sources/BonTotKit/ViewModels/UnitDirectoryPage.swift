/// `/don-vi/`: every unit of a district with its figures (branches, members, households, the
/// share of its branches holding "Chi bộ 4 tốt", its latest level, the day it was founded when
/// its entry gives one), linked to its portal, under
/// the district's combined figures; the units dissolved or merged into another last, in a
/// group of their own, each saying when and into which unit.
struct UnitDirectoryPage: Encodable {
    var chrome: PageChrome
    var title: String
    /// The head of the units' column: "Đảng bộ cơ sở", or "Đảng bộ trực thuộc" in a province.
    var unitColumn: String
    /// The district's combined figures in the office's idiom.
    var lead: String
    /// "năm 2024": the period of the "Chi bộ 4 tốt" shares, when any unit ranked its branches.
    var sharePeriod: String?
    var units: [UnitDirectoryRow]
    var hasUnits: Bool
    /// The units dissolved or merged, under "Đảng bộ đã giải thể, sáp nhập".
    var endedUnits: [EndedUnitRow]
    var hasEndedUnits: Bool

    init(_ context: PortalContext, district: DistrictAnalysis) {
        title = "Các \(district.unitsNoun)"
        unitColumn = "Đ" + district.unitsNoun.dropFirst()
        chrome = context.chrome(title: title, route: .unitDirectory, section: .unitDirectory)
        lead = district.combinedSentence(organization: context.site.config.organization)
        let period = district.sharePeriod
        sharePeriod = period.map(VietnameseFormat.period)
        let href = { (id: String) in context.router.link(from: .unitDirectory, to: .home, in: context.router.unit(id)) }
        units = district.currentUnits.map { unit in
            UnitDirectoryRow(unit, period: period, level: district.latestRankedLevel(of: unit.id), href: href(unit.id),
                             founded: district.references[unit.id]?.founded)
        }
        hasUnits = !units.isEmpty
        endedUnits = district.endedUnits.map { unit, reference in
            EndedUnitRow(name: unit.name, href: href(unit.id), sentence: UnitDissolution.sentence(of: reference, district: district) ?? "")
        }
        hasEndedUnits = !endedUnits.isEmpty
    }
}

/// One unit in the directory, every figure formatted.
struct UnitDirectoryRow: Encodable {
    var name: String
    var href: String
    var branches: String
    var members: String
    var households: String
    /// "66,7 %", or "—" when the unit ranked no branch in the period.
    var fourGoodShare: String
    var levelBadge: LevelBadge?
    /// "năm 2024": the period of the level, for a unit the newest ranking does not score, whose
    /// level is an older period's; nil when it is the period of the shares, as the caption says.
    var levelPeriod: String?
    /// "Thành lập ngày 01/07/2025", for a unit whose entry gives its founding day (a commune made
    /// of merged ones), under its name.
    var founded: String?

    init(_ unit: UnitFigures, period: Period?, level ranked: (period: Period, level: Level?)?, href: String, founded day: CalendarDate?) {
        name = unit.name
        self.href = href
        branches = VietnameseFormat.number(unit.branches)
        members = VietnameseFormat.number(unit.members)
        households = VietnameseFormat.number(unit.households)
        fourGoodShare = period.flatMap(unit.fourGoodShare).map { VietnameseFormat.percent($0, for: .page) } ?? "—"
        levelBadge = ranked?.level.map(LevelBadge.init)
        levelPeriod = ranked.flatMap { $0.level != nil && $0.period != period ? VietnameseFormat.period($0.period) : nil }
        founded = day.map { "Thành lập ngày " + VietnameseFormat.shortDate($0) }
    }
}

/// A unit dissolved or merged, in the directory: its name, linked to its pages, and what
/// became of it.
struct EndedUnitRow: Encodable {
    var name: String
    var href: String
    var sentence: String
}

extension DistrictAnalysis {
    /// The period whose "Chi bộ 4 tốt" shares the directory shows: the latest unit ranking's, or
    /// else the latest period in which any unit ranked its branches.
    var sharePeriod: Period? {
        latestRanking?.period ?? units.flatMap(\.fourGoodBranches.keys).max()
    }
}
