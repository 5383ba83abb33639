/// Minutes and stories dated after today, scores of a period not yet begun, awards and member
/// ratings of a year to come: a year or a
/// month typed wrong (2205 for 2025, 12 for 10). A warning, for nothing else is wrong with the
/// file; but the meeting would count in a month that has not come, and a story would head the
/// news for years. Checked on every build against the day it is (`CalendarDate.today`), never
/// kept in the decode cache, which must not depend on the clock.
enum FutureDateCheck {
    static func check(minutes: [Minutes], stories: [Story], evaluations: [Evaluation], branches: [Branch] = [],
                      today: CalendarDate, sink: DiagnosticSink) {
        let now = VietnameseFormat.longDate(today)
        // An award or a year of member ratings after this year (2099, 2204 for 2024): the archive
        // gained a "Thành tích năm 2099" page, the profile a row of 2099, without a word.
        for branch in branches {
            for (index, award) in branch.awards.enumerated() where award.year > today.year {
                let line = index < branch.awardYearLines.count ? branch.awardYearLines[index] : nil
                sink.warning(branch.source.atLine(line), field: "awards[\(index)].year",
                             "khen thưởng '\(award.title.prefix(40))' ghi năm \(award.year), sau năm nay (\(today.year)); hãy kiểm tra "
                                 + "lại năm / the award is dated \(award.year), a year to come")
            }
            for year in branch.memberRatings.keys.sorted() where year > today.year {
                sink.warning(branch.source.atLine(branch.ratingYearLines[String(year)]), field: "member_ratings.\(year)",
                             "xếp loại đảng viên ghi năm \(year), sau năm nay (\(today.year)); hãy kiểm tra lại năm "
                                 + "/ member ratings for \(year), a year to come")
            }
        }
        for meeting in minutes where meeting.date > today {
            sink.warning(meeting.dateSource, field: "date",
                         "biên bản ghi \(VietnameseFormat.longDate(meeting.date)), sau hôm nay (\(now)): buổi họp chưa "
                             + "diễn ra; hãy kiểm tra lại năm, tháng và ngày họp / the meeting is dated in the future")
        }
        for story in stories where story.date > today {
            sink.warning(story.dateSource, field: "date",
                         "bài viết ghi \(VietnameseFormat.longDate(story.date)), sau hôm nay (\(now)); "
                             + "hãy kiểm tra lại ngày đăng / the story is dated in the future")
        }
        for evaluation in evaluations where evaluation.period.openingMonth > today.yearMonth {
            sink.warning(evaluation.source, field: "period",
                         "kỳ đánh giá '\(evaluation.period)' (\(VietnameseFormat.period(evaluation.period))) chưa bắt đầu "
                             + "(hôm nay là \(now)); hãy kiểm tra lại tên tệp / the period has not begun yet")
        }
    }
}
