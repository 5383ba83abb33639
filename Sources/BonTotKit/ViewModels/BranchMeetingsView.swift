/// A branch's meetings on its profile: its row of the compliance grid (month by month), the
/// months and quarters it missed, the quality of its meetings per year, its attendance trend,
/// and its minutes, newest first.
struct BranchMeetingsView: Encodable {
    var months: [BranchMonthView]
    var hasMonths: Bool
    /// "Chưa sinh hoạt thường kỳ: tháng 8 năm 2024." or that every month was met.
    var regularSentence: String?
    /// "Chưa sinh hoạt chuyên đề: quý III/2024." or that every quarter was met.
    var thematicSentence: String?
    var averageAttendance: String?
    var attendanceChart: ChartFigure?
    var quality: [BranchQualityYear]
    var hasQuality: Bool
    var meetingItems: [HomeMeetingItem]
    var hasMinutes: Bool
    var meetingShowsBranch = false
    var meetingCaption = "Biên bản các buổi sinh hoạt, mới nhất trước"

    init(_ branchID: String, site: Site, analysis: SiteAnalysis, links: Links) {
        let own = analysis.minutesByBranch[branchID] ?? []
        let discipline = analysis.discipline(of: branchID)
            ?? site.branch(id: branchID).map { MeetingDiscipline.discipline(of: $0, in: site, minutes: own, months: analysis.months) }
            ?? MeetingDiscipline.discipline(of: branchID, minutes: own, months: analysis.months)
        months = discipline.months.reversed().map {
            BranchMonthView($0, links: links, linked: analysis.monthsWithMinutes.contains($0.month))
        }
        hasMonths = !months.isEmpty
        regularSentence = Self.regularSentence(discipline)
        thematicSentence = Self.thematicSentence(discipline)
        averageAttendance = discipline.averageAttendance.map { VietnameseFormat.percent($0, for: .page) }
        attendanceChart = BranchAttendanceChart.figure(discipline)
        let years = Set(own.map(\.date.year)).sorted(by: >)
        quality = years.map { BranchQualityYear(branchID: branchID, year: $0, minutes: own) }
        hasQuality = !quality.isEmpty
        meetingItems = own.reversed().map { HomeMeetingItem($0, site: site, links: links) }
        hasMinutes = !meetingItems.isEmpty
    }

    private static func regularSentence(_ discipline: BranchDiscipline) -> String? {
        // The months before its minutes were kept in bontot are neither met nor missed.
        let held = discipline.expectedMonths
        guard let first = held.first?.month, let last = held.last?.month else { return nil }
        let missed = discipline.missedMonths
        guard missed.isEmpty else {
            return "Chưa sinh hoạt thường kỳ: " + missed.map(VietnameseFormat.monthYear).joined(separator: ", ") + "."
        }
        return first == last
            ? "Đã sinh hoạt thường kỳ \(VietnameseFormat.monthYear(first))."
            : "Đã sinh hoạt thường kỳ đủ các tháng, từ \(VietnameseFormat.monthYear(first)) "
                + "đến \(VietnameseFormat.monthYear(last))."
    }

    private static func thematicSentence(_ discipline: BranchDiscipline) -> String? {
        guard !discipline.quarters.isEmpty else { return nil }
        let missing = discipline.quarters.filter { $0.thematic == 0 }
        guard !missing.isEmpty else { return "Có sinh hoạt chuyên đề trong mọi quý." }
        return "Chưa sinh hoạt chuyên đề: " + missing.map { quarter in
            quarter.quarter.displayName + (quarter.isComplete ? "" : " (chưa đủ 3 tháng theo dõi)")
        }.joined(separator: ", ") + "."
    }
}

/// A month in a branch's row of the compliance grid.
struct BranchMonthView: Encodable {
    var month: String
    /// The month's minutes page, when any branch met that month.
    var monthHref: String?
    var regular: String
    var thematic: String
    var attendance: String
    var status: String
    var statusClass: String

    init(_ record: MonthMeetings, links: Links, linked: Bool) {
        month = PortalFormat.capitalized(VietnameseFormat.monthYear(record.month))
        monthHref = linked ? links.month(record.month) : nil
        regular = VietnameseFormat.number(record.regular)
        thematic = VietnameseFormat.number(record.thematic)
        attendance = record.averageAttendance.map { VietnameseFormat.percent($0, for: .page) } ?? "—"
        switch record.status {
        case .thematicOnly where !record.isExpected, .missed where !record.isExpected:
            // Before the branch's minutes were kept in bontot: what it held shows, nothing is missed.
            let held = [record.thematic > 0 ? "sinh hoạt chuyên đề" : nil, record.committee > 0 ? "họp cấp ủy" : nil,
                        record.extraordinary > 0 ? "sinh hoạt bất thường" : nil].compactMap { $0 }
            let note = "trước khi theo dõi biên bản, không tính thiếu"
            status = held.isEmpty ? "Tháng \(note)" : "Có \(held.joined(separator: ", ")); tháng \(note)"
            statusClass = "cell-none"
        case .met: status = "Đã sinh hoạt thường kỳ"; statusClass = "cell-met"
        case .metWithThematic: status = "Đã sinh hoạt thường kỳ và chuyên đề"; statusClass = "cell-met"
        case .thematicOnly: status = "Chỉ sinh hoạt chuyên đề, thiếu thường kỳ"; statusClass = "cell-missed"
        case .missed:
            // A month with only a committee or an extraordinary meeting did meet, just not as the
            // Statute asks: "Không sinh hoạt" beside its attendance rate would contradict it.
            let held = [record.committee > 0 ? "họp cấp ủy" : nil, record.extraordinary > 0 ? "sinh hoạt bất thường" : nil]
                .compactMap { $0 }
            status = held.isEmpty ? "Không sinh hoạt" : "Chỉ \(held.joined(separator: " và ")), thiếu thường kỳ"
            statusClass = "cell-missed"
        }
    }
}

/// The quality of a branch's regular meetings in one year: how many met the conditions of a
/// quality meeting (Hướng dẫn 12-HD/BTCTW), and the band of their scores where scored.
struct BranchQualityYear: Encodable {
    var year: String
    var regular: String
    var qualityMeetings: String
    var scored: String
    var band: String

    init(branchID: String, year: Int, minutes: [Minutes]) {
        let regularMeetings = minutes.filter { $0.branchID == branchID && $0.date.year == year && $0.kind == .thuongKy }
        let record = QualityRecord(branchID: branchID, year: year, minutes: minutes)
        self.year = "\(year)"
        regular = VietnameseFormat.number(regularMeetings.count)
        qualityMeetings = VietnameseFormat.number(regularMeetings.filter { MeetingQuality($0).isQualityMeeting }.count)
        scored = VietnameseFormat.number(record.scoredMeetings)
        band = record.band?.displayName ?? "Chưa chấm điểm"
    }
}
