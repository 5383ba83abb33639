/// `/sinh-hoat/`: the compliance grid of every branch over every month the minutes cover, year
/// by year (newest first), then the months, each linking to its page. In a district, whose own
/// minutes are those of its chi bộ trực thuộc, the page says so and where its units' are.
struct MinutesIndexPage: Encodable {
    var chrome: PageChrome
    /// `"Từ tháng 8 năm 2024 đến tháng 9 năm 2024: 03 biên bản của 05 chi bộ."`
    var intro: String
    /// "Nền nếp sinh hoạt của các chi bộ", in a district "… của các chi bộ trực thuộc".
    var disciplineHeading: String
    /// In a district: where the minutes of its units' branches are (the list of units).
    var units: MinutesUnitsNote?
    var grids: [MinutesGrid]
    var hasGrids: Bool
    /// True when a grid shows "—", a month or quarter the branch is not held to, which the
    /// legend then explains; `showsPending` likewise for "…", a quarter not yet counted.
    var showsNotHeld: Bool
    var showsPending: Bool
    var years: [MinutesYearOfMonths]
    var hasYears: Bool

    /// The index, from the meetings grouped by month.
    init(byMonth: [YearMonth: [Minutes]], context: PortalContext) {
        let links = context.links(from: .minutesIndex)
        chrome = context.chrome(title: "Sinh hoạt chi bộ", route: .minutesIndex, section: .minutesIndex,
                                description: "Nền nếp sinh hoạt chi bộ: sinh hoạt thường kỳ hằng tháng, chuyên đề hằng quý.")
        let months = context.analysis.months
        let meetingCount = context.site.minutes.count
        // A district's own minutes are its chi bộ trực thuộc's; its units' are in their pages.
        let own = context.district == nil ? "" : " của các chi bộ trực thuộc"
        if let first = months.first, let last = months.last {
            let span = first == last ? VietnameseFormat.monthYear(first)
                : "từ \(VietnameseFormat.monthYear(first)) đến \(VietnameseFormat.monthYear(last))"
            let reporting = Set(context.site.minutes.map(\.branchID)).count
            // Of the cells held to meet by the last month: one founded later, or whose minutes are
            // kept from a later month, could send none.
            let existing = context.site.branches.filter { context.site.holdsToMeetings($0, in: last) }.count
            intro = "Biên bản sinh hoạt\(own) \(span): \(VietnameseFormat.count(meetingCount)) biên bản của "
                + "\(VietnameseFormat.count(reporting))/\(VietnameseFormat.count(max(existing, reporting))) chi bộ."
        } else {
            intro = context.district == nil ? "Chưa có biên bản sinh hoạt chi bộ nào." : "Chưa có biên bản sinh hoạt của chi bộ trực thuộc nào."
        }
        disciplineHeading = "Nền nếp sinh hoạt\(own.isEmpty ? " của các chi bộ" : own)"
        units = context.district.map { district in
            MinutesUnitsNote(text: "Biên bản sinh hoạt của các chi bộ thuộc \(district.unitsNoun) ở trang của từng đơn vị:",
                             label: "Các \(district.unitsNoun)", href: links.to(.unitDirectory))
        }
        let yearsCovered = Array(Set(months.map(\.year))).sorted(by: >)
        grids = yearsCovered.map { year in
            MinutesGrid(year: year, span: months, disciplines: context.analysis.discipline, site: context.site, links: links)
        }
        hasGrids = !grids.isEmpty && !context.analysis.discipline.isEmpty
        let cells = grids.flatMap { $0.rows.flatMap(\.cells) }
        showsNotHeld = cells.contains { $0.text == MinutesGridCell.beforeFounding.text }
        showsPending = cells.contains(where: \.isPending)
        years = yearsCovered.map { year in
            MinutesYearOfMonths(heading: "Năm \(year)", months: months.filter { $0.year == year }.reversed().map { month in
                let count = byMonth[month]?.count ?? 0
                return MinutesMonthEntry(label: MinutesText.monthHeading(month), href: links.month(month),
                                         count: count == 0 ? "không có biên bản" : "\(VietnameseFormat.count(count)) biên bản")
            })
        }
        hasYears = !years.isEmpty
    }
}

/// A district's pointer from its own minutes to its units', each in the unit's pages.
struct MinutesUnitsNote: Encodable {
    var text: String
    var label: String
    var href: String
}

/// The months of one year in the index, newest first.
struct MinutesYearOfMonths: Encodable {
    var heading: String
    var months: [MinutesMonthEntry]
}

/// A month in the index: its page and how many minutes it holds.
struct MinutesMonthEntry: Encodable {
    var label: String
    var href: String
    var count: String
}
