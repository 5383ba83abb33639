/// The minutes section, `/sinh-hoat/`: the index with the compliance grid, a page per month the
/// minutes cover, and a page per meeting (`meetingPages`).
enum MinutesPages {
    /// The index and the month pages.
    static func pages(_ context: PortalContext) -> [Page] {
        let byMonth = context.minutesByMonth
        let bulletinMonths = Set(context.bulletinMonths)
        let months = context.analysis.months
        // A month's page shows its meetings, every branch that missed it (by name) and links to
        // the months beside it: those are its inputs besides its own minutes.
        var span = StableHasher()
        for month in months { span.combine(month.description) }
        let monthInputs = context.site.branches.map(\.source.file) + ["@months:\(span.finalize())"]
        var pages = [Page(route: .minutesIndex, template: "minutes-index",
                          model: MinutesIndexPage(byMonth: byMonth, context: context))]
        for month in months {
            let meetings = byMonth[month] ?? []
            let hasBulletin = bulletinMonths.contains(month)
            var page = Page(route: .minutesMonth(month), template: "minutes-month",
                            model: MinutesMonthPage(month: month, meetings: meetings, months: months,
                                                    hasBulletin: hasBulletin, context: context))
            page.inputs = meetings.map(\.source.file) + monthInputs + ["@bulletin:\(hasBulletin)"]
            page.showsBodies = false
            pages.append(page)
        }
        return pages
    }

    /// A page per meeting, on all cores.
    static func meetingPages(_ context: PortalContext) -> [Page] {
        Parallel.map(context.site.minutes) { meeting in
            var page = Page(route: .minutes(meeting.slug), template: "minutes", model: MinutesPage(meeting, context: context))
            // The line of a merged branch names the branch it went into (`inputFiles` lists its file).
            page.inputs = context.inputFiles(meeting.source.file, branch: meeting.branchID)
            return page
        }
    }
}
