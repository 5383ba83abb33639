/// A `minutes_since` (of `site.yaml` or of a branch) after the month it is, or after the site's
/// latest minutes: no month of the branches it holds would be counted, so the meeting discipline
/// shows nothing missed nor met; most likely the year or the month is typed wrong. A warning,
/// for the build can go on. Checked on every build against the day it is, never kept in the
/// decode cache. Meetings dated before it are fine: they show, and are not counted. This month
/// is no mistake, though no minutes of it are in yet: it is what a site or a branch taking up
/// bontot now writes, its older minutes entered for the record.
enum MinutesSinceCheck {
    static func check(config: SiteConfig?, siteFile: String?, branches: [Branch], minutes: [Minutes],
                      today: CalendarDate, sink: DiagnosticSink) {
        let latest = minutes.map(\.date.yearMonth).max()
        if let config, let since = config.minutesSince, let siteFile {
            check(since, at: SourceLocation(file: siteFile).atLine(config.minutesSinceLine),
                  of: "các chi bộ", latest: latest, today: today, sink: sink)
        }
        for branch in branches {
            guard let since = branch.minutesSince else { continue }
            check(since, at: branch.minutesSinceSource, of: branch.name, latest: latest, today: today, sink: sink)
        }
    }

    /// One `minutes_since` giving `since`, holding `whose` branches.
    private static func check(_ since: YearMonth, at location: SourceLocation, of whose: String, latest: YearMonth?,
                              today: CalendarDate, sink: DiagnosticSink) {
        let written = VietnameseFormat.monthYear(since)
        let nothing = "chưa tháng nào được tính vào nền nếp sinh hoạt của \(whose)"
        if since > today.yearMonth {
            sink.warning(location, field: "minutes_since",
                         "'minutes_since' ghi \(written), sau tháng này (\(VietnameseFormat.monthYear(today.yearMonth))): "
                             + "\(nothing); hãy kiểm tra lại năm và tháng / minutes_since is a month to come: no month is counted")
        } else if let latest, since > latest, since < today.yearMonth {
            sink.warning(location, field: "minutes_since",
                         "'minutes_since' ghi \(written), sau tháng có biên bản mới nhất (\(VietnameseFormat.monthYear(latest))): "
                             + "\(nothing); hãy kiểm tra lại năm và tháng / minutes_since is after the latest minutes "
                             + "(\(latest)): no month is counted")
        }
    }
}
