/// One year of the compliance grid of `/sinh-hoat/`: a row per branch, a column per month of the
/// span, a column after each quarter for its thematic meeting, then each row's totals. The
/// months opening the year that show nothing in any row are left out.
struct MinutesGrid: Encodable {
    /// `"Năm 2024"`.
    var heading: String
    /// `"Nền nếp sinh hoạt chi bộ năm 2024"`: the name of the scrolling box that holds the table.
    var regionLabel: String
    /// The table's caption, with the year's totals; the year is the heading just above it.
    var caption: String
    var columns: [MinutesGridColumn]
    var rows: [MinutesGridRow]
    /// The footer: per column, how many branches comply.
    var totals: [MinutesGridCell]
    /// `"4/10"`: branch-months with a regular meeting, over all of the year.
    var regularTotal: String
    /// `"1/5"`: branch-quarters with a thematic meeting.
    var thematicTotal: String

    /// The grid of `year` from every branch's discipline over `span`, the months the minutes
    /// cover; `links` are those of the page. A branch founded during the span is held to the
    /// months since, and only those count in its row and in the totals.
    init(year: Int, span: [YearMonth], disciplines: [BranchDiscipline], site: Site, links: Links) {
        heading = "Năm \(year)"
        regionLabel = "Nền nếp sinh hoạt chi bộ năm \(year)"
        let months = Array(Set(span.filter { $0.year == year })).sorted()
        var quarters = Array(Set(months.map(YearQuarter.init))).sorted()
        var columns: [MinutesGridColumn] = []
        for quarter in quarters {
            for month in months where YearQuarter(month) == quarter {
                columns.append(.month(month))
            }
            columns.append(.quarter(quarter))
        }
        let ordered = VietnameseCollation.sorted(disciplines) { site.branch(id: $0.branchID)?.name ?? $0.branchID }
        // A branch founded after the year's last month has nothing to show in it; one whose
        // minutes began later shows the meetings it had all the same.
        let grid = { (columns: [MinutesGridColumn]) in
            ordered.map { MinutesGridRow($0, columns: columns, site: site, links: links) }
                .filter { $0.expectedMonths > 0 || $0.hasMeetings }
        }
        var rows = grid(columns)
        // The months opening the year in which no branch is held to meet nor met ("—" in every
        // row: before the minutes were followed) are left out, so that the grid, scrolled on a
        // phone, opens on the months that count.
        if let first = columns.indices.first(where: { index in rows.contains { $0.cells[index].text != MinutesGridCell.beforeFounding.text } }),
           first > 0 {
            columns = Array(columns[first...])
            rows = grid(columns)
        }
        self.columns = columns
        self.rows = rows
        quarters = quarters.filter { quarter in columns.contains { $0.quarter == quarter } }
        totals = columns.map { column in
            let complying = rows.filter { $0.complies(column) }.count
            let expected = rows.filter { $0.isExpected(column) }.count
            return MinutesGridCell(text: VietnameseFormat.fraction(complying, of: expected), cssClass: "num", label: column.label)
        }
        let regular = rows.reduce(0) { $0 + $1.regularMonths }
        let thematic = rows.reduce(0) { $0 + $1.thematicQuarters }
        let branchMonths = rows.reduce(0) { $0 + $1.expectedMonths }
        regularTotal = VietnameseFormat.fraction(regular, of: branchMonths)
        thematicTotal = VietnameseFormat.fraction(thematic, of: rows.reduce(0) { $0 + $1.expectedQuarters })
        let share = branchMonths > 0
            ? " (\(VietnameseFormat.percent(Double(regular) / Double(branchMonths), for: .page)))" : ""
        let missing = disciplines.reduce(0) { sum, discipline in
            sum + discipline.quarters.filter { $0.quarter.year == year && $0.isComplete && $0.thematic == 0 }.count
        }
        let missingClause = missing == 0 ? "không có lượt chi bộ nào thiếu sinh hoạt chuyên đề trong các quý đã qua"
            : "\(VietnameseFormat.count(missing)) lượt chi bộ chưa có sinh hoạt chuyên đề trong quý"
        guard branchMonths > 0 || missing > 0 else {
            caption = MinutesGrid.notHeldCaption(year: year, site: site)
            return
        }
        // A quarter is left out while its months are not all in the data, or while a row shows it
        // pending ("…"): one only partly after `minutes_since` too.
        let allMonths = Set(span)
        let pendingColumns = columns.indices.filter { index in rows.contains { $0.cells[index].isPending } }
        let running = quarters.filter { quarter in
            !quarter.months.allSatisfy(allMonths.contains) || pendingColumns.contains { columns[$0].quarter == quarter }
        }.map(\.displayName)
        let runningClause = running.isEmpty ? "" : " (chưa tính \(running.joined(separator: ", ")), số liệu chưa đủ quý)"
        caption = "\(VietnameseFormat.count(regular))/\(VietnameseFormat.count(branchMonths)) "
            + "lượt chi bộ sinh hoạt thường kỳ hằng tháng\(share); \(missingClause)\(runningClause)."
    }

    /// The caption of a year in which no branch is held to any monthly meeting, all its meetings
    /// being before the minutes were kept in bontot: it says so, rather than "00/00".
    private static func notHeldCaption(year: Int, site: Site) -> String {
        if let since = site.config.minutesSince, since > YearMonth(year: year, month: 12) {
            return "Năm \(year) chưa tính nền nếp sinh hoạt: biên bản được theo dõi trên cổng từ "
                + "\(VietnameseFormat.monthYear(since)); các buổi sinh hoạt đã nhập của năm này vẫn ghi dưới đây."
        }
        return "Năm \(year) chưa tính nền nếp sinh hoạt: các buổi sinh hoạt dưới đây có trước tháng chi bộ "
            + "bắt đầu được theo dõi biên bản trên cổng."
    }
}

/// A column of the grid: a month, or the thematic meeting of a quarter.
struct MinutesGridColumn: Encodable {
    /// `"T9"`, `"Quý III"`.
    var text: String
    /// `"tháng 9 năm 2024"`, `"sinh hoạt chuyên đề quý III/2024"`.
    var label: String
    var isQuarter: Bool
    var month: YearMonth?
    var quarter: YearQuarter?

    static func month(_ month: YearMonth) -> MinutesGridColumn {
        MinutesGridColumn(text: "T\(month.month)", label: VietnameseFormat.monthYear(month), isQuarter: false,
                          month: month, quarter: nil)
    }

    static func quarter(_ quarter: YearQuarter) -> MinutesGridColumn {
        MinutesGridColumn(text: "Quý \(VietnameseFormat.romanQuarter(quarter.quarter))",
                          label: "sinh hoạt chuyên đề \(quarter.displayName)", isQuarter: true,
                          month: nil, quarter: quarter)
    }
}

/// A branch's line of the grid.
struct MinutesGridRow: Encodable {
    var branch: BranchMention
    var cells: [MinutesGridCell]
    /// `"1/2"`: months with a regular meeting.
    var regular: String
    /// `"0/1"`: quarters with a thematic meeting.
    var thematic: String
    var regularMonths: Int
    var thematicQuarters: Int
    /// The months and quarters of the grid the branch is held to: those since it was founded,
    /// less a quarter still running without its thematic meeting.
    var expectedMonths: Int
    var expectedQuarters: Int
    /// True when a month of the grid shows a meeting of the branch, held to or not.
    var hasMeetings: Bool
    private var metMonths: [YearMonth]
    private var metQuarters: [YearQuarter]
    private var heldMonths: Set<YearMonth>
    private var heldQuarters: Set<YearQuarter>

    init(_ discipline: BranchDiscipline, columns: [MinutesGridColumn], site: Site, links: Links) {
        // A year that goes on past the branch's end says what became of it.
        branch = BranchMention(id: discipline.branchID, site: site, links: links, month: columns.compactMap(\.month).max())
        let months = Dictionary(discipline.months.map { ($0.month, $0) }, uniquingKeysWith: { first, _ in first })
        let quarters = Dictionary(discipline.quarters.map { ($0.quarter, $0) }, uniquingKeysWith: { first, _ in first })
        let own = site.branch(id: discipline.branchID)
        // Outside the months the branch is held to: before it was founded, after it was
        // dissolved, or before its minutes were kept in bontot (`minutes_since`).
        let outside = { (month: YearMonth) -> MinutesGridCell in
            if own?.lastMonth.map({ month > $0 }) ?? false { return .afterDissolution }
            if let founded = own?.founded, month < founded.yearMonth { return .beforeFounding }
            return own.flatMap(site.minutesSince(of:)) == nil ? .beforeFounding : .beforeMinutes
        }
        cells = columns.map { column in
            if let month = column.month {
                return months[month].map { $0.isExpected ? MinutesGridCell($0.status) : .beforeMinutes($0) } ?? outside(month)
            }
            let quarter = column.quarter ?? YearQuarter(year: 0, quarter: 1)
            return quarters[quarter].map(MinutesGridCell.init) ?? outside(quarter.months[2])
        }
        hasMeetings = columns.compactMap(\.month).contains { month in
            months[month].map { $0.regular + $0.thematic + $0.committee + $0.extraordinary > 0 } ?? false
        }
        let monthsInGrid = columns.compactMap(\.month).filter { months[$0]?.isExpected ?? false }
        // A quarter still running without its thematic meeting is pending ("…"): not yet
        // expected of the branch, so not counted against it, as the caption says.
        let quartersInGrid = columns.compactMap(\.quarter).filter { quarter in
            quarters[quarter].map { $0.isComplete || $0.thematic > 0 } ?? false
        }
        heldMonths = Set(monthsInGrid)
        heldQuarters = Set(quartersInGrid)
        expectedMonths = monthsInGrid.count
        expectedQuarters = quartersInGrid.count
        metMonths = monthsInGrid.filter { !(months[$0]?.status.isRegularMissing ?? true) }.sorted()
        metQuarters = quartersInGrid.filter { (quarters[$0]?.thematic ?? 0) > 0 }.sorted()
        regularMonths = metMonths.count
        thematicQuarters = metQuarters.count
        regular = VietnameseFormat.fraction(regularMonths, of: expectedMonths)
        thematic = VietnameseFormat.fraction(thematicQuarters, of: expectedQuarters)
    }

    /// True when the branch held the meeting the column asks for.
    func complies(_ column: MinutesGridColumn) -> Bool {
        if let month = column.month { return metMonths.contains(month) }
        return column.quarter.map(metQuarters.contains) ?? false
    }

    /// True when the branch is held to the meeting the column asks for: it existed by then.
    func isExpected(_ column: MinutesGridColumn) -> Bool {
        if let month = column.month { return heldMonths.contains(month) }
        return column.quarter.map(heldQuarters.contains) ?? false
    }
}

/// A cell of the grid: its mark, its class (`cell-met`, `cell-missed`) and what it means.
struct MinutesGridCell: Encodable {
    var text: String
    var cssClass: String
    var label: String

    init(text: String, cssClass: String, label: String) {
        self.text = text
        self.cssClass = cssClass
        self.label = label
    }

    /// A month: ✓ with a regular meeting, ✗ without; "CĐ" marks a thematic meeting held.
    init(_ status: MeetingMonthStatus) {
        switch status {
        case .met: self.init(text: "✓", cssClass: "cell-met", label: "có sinh hoạt thường kỳ")
        case .metWithThematic:
            self.init(text: "✓ CĐ", cssClass: "cell-met cell-thematic", label: "có sinh hoạt thường kỳ và chuyên đề")
        case .thematicOnly:
            self.init(text: "✗ CĐ", cssClass: "cell-missed cell-thematic",
                      label: "không sinh hoạt thường kỳ, có sinh hoạt chuyên đề")
        case .missed: self.init(text: "✗", cssClass: "cell-missed", label: "không sinh hoạt thường kỳ")
        }
    }

    /// True for a quarter without its thematic meeting whose months are not all followed yet ("…").
    var isPending: Bool { cssClass.hasPrefix("cell-pending") }

    /// A month or quarter before the branch was founded: neither met nor missed.
    static let beforeFounding = MinutesGridCell(text: "—", cssClass: "cell-none", label: "chi bộ chưa thành lập")

    /// A month or quarter before the branch's minutes were kept in bontot (`minutes_since`):
    /// neither met nor missed.
    static let beforeMinutes = MinutesGridCell(text: "—", cssClass: "cell-none", label: "chưa theo dõi biên bản trên bontot")

    /// A month before the branch's minutes were kept in bontot in which it met all the same: a
    /// regular meeting shows as one held; without one the month is not missed (no ✗).
    static func beforeMinutes(_ record: MonthMeetings) -> MinutesGridCell {
        if record.regular > 0 { return MinutesGridCell(record.status) }
        return record.thematic > 0
            ? MinutesGridCell(text: "CĐ", cssClass: "cell-none cell-thematic",
                              label: "có sinh hoạt chuyên đề; tháng chưa theo dõi biên bản trên bontot")
            : beforeMinutes
    }

    /// A month or quarter after the branch was dissolved or merged: neither met nor missed.
    static let afterDissolution = MinutesGridCell(text: "—", cssClass: "cell-none", label: "chi bộ đã giải thể hoặc sáp nhập")

    /// A quarter: ✓ with a thematic meeting, ✗ (flagged) without, … while its months are not all
    /// in the data (the quarter still running): never counted as missing.
    init(_ quarter: QuarterMeetings) {
        if quarter.thematic > 0 {
            self.init(text: "✓", cssClass: "cell-met cell-quarter",
                      label: "có \(VietnameseFormat.count(quarter.thematic)) buổi sinh hoạt chuyên đề")
        } else if !quarter.isComplete {
            self.init(text: "…", cssClass: "cell-pending cell-quarter",
                      label: "chưa có sinh hoạt chuyên đề, số liệu chưa đủ quý (chưa tính là thiếu)")
        } else {
            self.init(text: "✗", cssClass: "cell-missed cell-quarter", label: "quý chưa có sinh hoạt chuyên đề")
        }
    }
}
