/// Where a new minutes file goes in a site, as the demonstration site names them and as `bontot
/// new minutes` and `bontot import minutes` both write them: one place for the name.
enum MinutesFileName {
    /// `content/minutes/<yyyy>/<branch>-<yyyy>-<mm>.md`, with `-<kind>` before `.md` for a
    /// meeting other than the regular one; `withDay` adds the day after the month
    /// (`<branch>-<yyyy>-<mm>-<dd>[-<kind>].md`) for a second meeting of that kind in the month,
    /// whose month's name is taken; `number` (2, 3, …) adds `-<number>` for another file of the
    /// same meeting.
    static func path(branch: String, date: CalendarDate, kind: MeetingKind, withDay: Bool = false, number: Int? = nil) -> String {
        var stem = "content/minutes/\(date.year)/\(branch)-\(date.year)-\(CalendarDate.pad(date.month))"
        if withDay { stem += "-" + CalendarDate.pad(date.day) }
        if kind != .thuongKy { stem += "-" + kind.rawValue }
        if let number { stem += "-\(number)" }
        return stem + ".md"
    }
}
