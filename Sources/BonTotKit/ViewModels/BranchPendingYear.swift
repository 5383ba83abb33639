/// A year in which a branch was scored by quarter or by month but has no yearly result: SPEC §3
/// classifies the year only from the year's own evaluation, never by adding up its quarters, so
/// the profile said "chưa có kết quả xếp loại hằng năm" beside quarterly scores the clerk had
/// entered. It shows those results, newest first, and a sentence saying that the year's
/// classification comes from the yearly score file, naming the file to write (beside the
/// period files, of their kind), or the yearly file that lacks the branch's row. A branch that
/// ceased to exist within the year (merged, dissolved) is expected in no yearly file
/// (`Branch.exists(in:)` the year's last month): the sentence says so, no file to write.
struct BranchPendingYear: Encodable {
    var year: String
    var sentence: String
    var rows: [BranchHistoryRow]
    /// The title as the newest period's rubric names it: the head of the mark's column.
    var fourGoodTitle: String

    /// The branch's pending years after `latestRankedYear` (every one when nil), newest first;
    /// `dissolved` is the day the branch ceased to exist, if it did; the files are named within
    /// `folder` (`xa-a/` for a district's unit), as the build's messages name them.
    static func years(of branchID: String, dissolved: CalendarDate? = nil, analysis: SiteAnalysis, links: Links,
                      after latestRankedYear: Int?, folder: String = "") -> [BranchPendingYear] {
        let scored = analysis.rankings.filter { !$0.period.isYear && $0.period.year > (latestRankedYear ?? Int.min) }
            .compactMap { ranking in ranking.rows.first { $0.branchID == branchID }.map { (ranking, $0) } }
        let byYear = Dictionary(grouping: scored, by: { $0.0.period.year })
        return byYear.keys.sorted(by: >).map { year in
            let entries = byYear[year, default: []].sorted { $0.0.period > $1.0.period }
            let yearly = analysis.rankings.first { $0.period.isYear && $0.period.year == year }
            let periods = entries.map(\.0.period)
            // Gone before December: the yearly ranking expects no row of it.
            let ended = dissolved.flatMap { $0.monthOfDayBefore < YearMonth(year: year, month: 12) ? $0 : nil }
            return BranchPendingYear(year: "\(year)",
                                     sentence: ended.map { endedSentence(year: year, periods: periods, dissolved: $0) }
                                        ?? sentence(year: year, periods: periods, newest: folder + entries[0].0.source.file,
                                                    yearly: yearly.map { folder + $0.source.file }),
                                     rows: entries.map { BranchHistoryRow(ranking: $0.0, row: $0.1, links: links) },
                                     fourGoodTitle: entries[0].0.title)
        }
    }

    /// "Năm 2024 chi bộ mới có kết quả chấm điểm theo quý (bảng dưới), chưa có kết quả xếp loại
    /// cả năm. …" with the file of the year's scores: `yearly` when it exists (without the
    /// branch), else the file of the year beside `newest`, of its kind.
    private static func sentence(year: Int, periods: [Period], newest: String, yearly: String?) -> String {
        let (kind, parts) = words(periods)
        let file: String
        if let yearly {
            file = "bảng điểm cả năm \(yearly) chưa có dòng của chi bộ; khi thêm dòng này, chi bộ sẽ có kết quả xếp loại năm \(year)"
        } else {
            let slash = newest.lastIndex(of: "/").map { newest.index(after: $0) } ?? newest.startIndex
            let kindOfFile = newest[slash...].lastIndex(of: ".").map { String(newest[$0...]) } ?? ".yaml"
            file = "hãy lập bảng điểm cả năm, tệp \(newest[..<slash])\(year)\(kindOfFile), để có kết quả xếp loại năm \(year)"
        }
        return "Năm \(year) chi bộ mới có kết quả chấm điểm \(kind) (bảng dưới), chưa có kết quả xếp loại cả năm. "
            + "Xếp loại năm không cộng từ điểm \(parts) mà lấy từ bảng điểm cả năm: \(file)."
    }

    /// "Năm 2025 chi bộ có kết quả chấm điểm theo quý (bảng dưới) đến trước ngày 01 tháng 7 năm
    /// 2025, khi chi bộ thôi hoạt động; …": no yearly file is to hold its row.
    private static func endedSentence(year: Int, periods: [Period], dissolved: CalendarDate) -> String {
        "Năm \(year) chi bộ có kết quả chấm điểm \(words(periods).kind) (bảng dưới) đến trước \(VietnameseFormat.longDate(dissolved)), "
            + "khi chi bộ thôi hoạt động; chi bộ không còn đến cuối năm nên không xếp loại cả năm \(year), "
            + "bảng điểm cả năm không cần dòng của chi bộ."
    }

    /// How `periods` were scored ("theo quý"), and their parts ("các quý").
    private static func words(_ periods: [Period]) -> (kind: String, parts: String) {
        let quarters = periods.contains { if case .quarter = $0.span { return true } else { return false } }
        let months = periods.contains { if case .month = $0.span { return true } else { return false } }
        return (quarters && months ? "theo quý, theo tháng" : quarters ? "theo quý" : "theo tháng",
                quarters && months ? "các quý, các tháng" : quarters ? "các quý" : "các tháng")
    }
}
