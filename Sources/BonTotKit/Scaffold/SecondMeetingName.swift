import Foundation

/// The name of the minutes of a second meeting of one kind in a month (a make-up meeting, or two
/// regular meetings in one month) when the month's file (`<branch>-<yyyy>-<mm>.md`) is there:
/// the name with the meeting's day (`<branch>-<yyyy>-<mm>-<dd>.md`, `MinutesFileName`), which
/// SPEC §1 allows (any name under `minutes/<year>/`) and which still names the month, so the
/// meeting counts in the month of its date. Only for a meeting on another day than the one in
/// the month's file: the same day is the same meeting, whose file is to be edited, not doubled.
enum SecondMeetingName {
    /// The path for a meeting on `date` beside `monthFile` (its path in the site at `root`), and
    /// what the command tells the user of it; nil when the month's file holds a meeting of that
    /// day, or its date cannot be read (then the month's file is refused as taken, as before).
    static func path(branch: String, date: CalendarDate, kind: MeetingKind, monthFile: String,
                     siteRoot root: URL, siteFolder: String) -> (path: String, note: String)? {
        guard case .success(let source) = SourceText.read(root.appending(path: monthFile), relativePath: monthFile),
              let held = SiteDecoder.minutesAlone(source),
              held.date != date else { return nil }
        let path = MinutesFileName.path(branch: branch, date: date, kind: kind, withDay: true)
        let note = "\(siteFolder + monthFile) đã có (buổi họp ngày \(VietnameseFormat.shortDate(held.date))), nên biên bản buổi họp "
            + "ngày \(VietnameseFormat.shortDate(date)) mang tên có ngày họp, để không trùng; cuộc họp vẫn được tính vào tháng "
            + "\(CalendarDate.pad(date.month))/\(date.year) / \(siteFolder + monthFile) is the meeting of \(held.date): named with the day"
        return (path, note)
    }
}
