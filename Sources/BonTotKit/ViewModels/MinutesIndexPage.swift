/// `/sinh-hoat/`: the compliance grid of every branch over every month the minutes cover, year
/// by year (newest first), then the months, each linking to its page.
struct MinutesIndexPage: Encodable {
    var chrome: PageChrome
    /// `"Từ tháng 8 năm 2024 đến tháng 9 năm 2024: 03 biên bản của 05 chi bộ."`
    var intro: String
    var grids: [MinutesGrid]
    var hasGrids: Bool
    var years: [MinutesYearOfMonths]
    var hasYears: Bool

    /// The index, from the meetings grouped by month.
    init(byMonth: [YearMonth: [Minutes]], context: PortalContext) {
        let links = context.links(from: .minutesIndex)
        chrome = context.chrome(title: "Sinh hoạt chi bộ", route: .minutesIndex, section: .minutesIndex,
                                description: "Nền nếp sinh hoạt chi bộ: sinh hoạt thường kỳ hằng tháng, chuyên đề hằng quý.")
        let months = context.analysis.months
        let meetingCount = context.site.minutes.count
        if let first = months.first, let last = months.last {
            let span = first == last ? VietnameseFormat.monthYear(first)
                : "từ \(VietnameseFormat.monthYear(first)) đến \(VietnameseFormat.monthYear(last))"
            let reporting = Set(context.site.minutes.map(\.branchID)).count
            // Of the cells that existed by the last month: one founded later could send none.
            let existing = context.site.branches.filter { $0.exists(in: last) }.count
            intro = "Biên bản sinh hoạt \(span): \(VietnameseFormat.count(meetingCount)) biên bản của "
                + "\(VietnameseFormat.count(reporting))/\(VietnameseFormat.count(max(existing, reporting))) chi bộ."
        } else {
            intro = "Chưa có biên bản sinh hoạt chi bộ nào."
        }
        let yearsCovered = Array(Set(months.map(\.year))).sorted(by: >)
        grids = yearsCovered.map { year in
            MinutesGrid(year: year, span: months, disciplines: context.analysis.discipline, site: context.site, links: links)
        }
        hasGrids = !grids.isEmpty && !context.analysis.discipline.isEmpty
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
