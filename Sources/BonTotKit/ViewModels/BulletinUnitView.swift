/// One unit in a district's bulletin: its meetings of the month with their attendance, and its
/// stories, linked into its portal.
struct BulletinUnitView: Encodable {
    var name: String
    var href: String
    /// "04 buổi sinh hoạt, có mặt 180/193 (93,3 %)", or "Chưa có biên bản sinh hoạt trong tháng".
    var meetings: String
    var stories: [BulletinUnitStoryView]
    var hasStories: Bool
    /// True when the unit has minutes of a meeting in the month.
    var met: Bool

    /// Every unit of the district of `context` that existed in `month`, in listing order as
    /// `/don-vi/` lists them: a district office answers for each, so one that sent nothing is
    /// named as such ("Chưa có biên bản sinh hoạt trong tháng"), not left out.
    static func units(_ month: YearMonth, route: Route, context: PortalContext) -> [BulletinUnitView] {
        guard let district = context.district else { return [] }
        let router = context.router
        return district.units(in: month).map { unit in
            let done = unit.months[month] ?? UnitMonth()
            let unitRouter = router.unit(unit.id)
            var meetings = "Chưa có biên bản sinh hoạt trong tháng"
            if done.meetings > 0 {
                meetings = "\(VietnameseFormat.count(done.meetings)) buổi sinh hoạt"
                if done.expected > 0 {
                    meetings += ", có mặt " + MinutesText.attendance(Attendance(present: done.present, expected: done.expected))
                }
            }
            let stories = done.stories.enumerated().map { index, story in
                let storyRouter = story.unitPath.reduce(unitRouter) { $0.unit($1) }
                return BulletinUnitStoryView(title: story.title, href: router.link(from: route, to: .story(story.slug), in: storyRouter),
                                             separator: index < done.stories.count - 1 ? "; " : "")
            }
            return BulletinUnitView(name: unit.name, href: router.link(from: route, to: .home, in: unitRouter),
                                    meetings: meetings, stories: stories, hasStories: !stories.isEmpty, met: done.meetings > 0)
        }
    }
}

/// A unit's story in the district's bulletin.
struct BulletinUnitStoryView: Encodable {
    var title: String
    var href: String
    /// `"; "` between two stories, nothing after the last (the sentence's full stop follows).
    var separator: String
}
