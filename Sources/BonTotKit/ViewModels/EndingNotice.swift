/// What a page tells a reader of a branch or a unit that no longer exists, near its top: "Chi bộ
/// đã sáp nhập vào Chi bộ khu dân cư Eo Gió từ ngày 01 tháng 7 năm 2026; trang này lưu lại hoạt
/// động của chi bộ đến thời điểm đó.", the successor's name a link to its page; "… đã giải thể từ
/// …" without one. As a mark after a branch's name in a row of a period it did not live
/// through (`mark`): "(đã sáp nhập vào Chi bộ khu dân cư Eo Gió)", "(đã giải thể)".
struct EndingNotice: Encodable {
    /// The words before the successor's name, or the sentence's start for one dissolved.
    var opening: String
    var successor: NavLink?
    var closing: String

    /// `subject` opens the sentence ("Chi bộ", "Đảng bộ xã Long Thạnh"), `keeps` closes it (what
    /// the pages keep; nil for the short sentence ending at the day); `successor` is the name and
    /// link of what it was merged into.
    init(subject: String, dissolved: CalendarDate, successor: (name: String, href: String)?, keeps: String?) {
        self.init(words: subject + " ", successor: successor,
                  closing: " từ \(VietnameseFormat.longDate(dissolved))" + (keeps.map { "; \($0)" } ?? "."))
    }

    /// `before` the words of the ending ("đã giải thể", "đã sáp nhập vào " and the successor), then `closing`.
    private init(words before: String, successor: (name: String, href: String)?, closing: String) {
        self.successor = successor.map { NavLink(label: $0.name, href: $0.href, current: false) }
        opening = before + Self.ending(merged: successor != nil)
        self.closing = closing
    }

    /// What became of it: "đã sáp nhập vào " (before the successor's name), or "đã giải thể".
    private static func ending(merged: Bool) -> String {
        merged ? "đã sáp nhập vào " : "đã giải thể"
    }

    /// The sentence as text, for a page's description and the directory.
    var text: String { opening + (successor?.label ?? "") + closing }

    /// The notice of a dissolved `branch` of `site`, its successor linked from the page of
    /// `links` (none when nil); nil for a branch that exists. `short` leaves out what the pages
    /// keep, for a line under a meeting's title ("Chi bộ đã sáp nhập vào … từ ngày ….").
    static func of(_ branch: Branch, site: Site, links: Links?, short: Bool = false) -> EndingNotice? {
        guard let day = branch.dissolved else { return nil }
        let successor = branch.mergedInto.flatMap { site.branch(id: $0) }.map { ($0.name, links?.branch($0.id) ?? "") }
        return EndingNotice(subject: "Chi bộ", dissolved: day, successor: successor,
                            keeps: short ? nil : "trang này lưu lại hoạt động của chi bộ đến thời điểm đó.")
    }

    /// The mark of a dissolved `branch` after its name in a row ("(đã sáp nhập vào Chi bộ khu dân
    /// cư Eo Gió)", the successor linked from the page of `links`), when the row is of a day on
    /// or after its end (`day`) or of a month after its last one (`month`); nil otherwise.
    static func mark(of branch: Branch, site: Site, links: Links, day: CalendarDate? = nil, month: YearMonth? = nil) -> EndingNotice? {
        mark(ended: branch.dissolved, day: day, month: month) {
            branch.mergedInto.flatMap { site.branch(id: $0) }.map { ($0.name, links.branch($0.id)) }
        }
    }

    /// The mark of the branch `id` (see `mark(of:site:links:day:month:)`); nil for an id no
    /// branch file declares.
    static func mark(ofBranch id: String, site: Site, links: Links, day: CalendarDate? = nil, month: YearMonth? = nil) -> EndingNotice? {
        site.branch(id: id).flatMap { mark(of: $0, site: site, links: links, day: day, month: month) }
    }

    /// The mark of each row of `ranking`, a ranking of branches of `site`: that of the row's
    /// branch when its period goes on past the branch's end (`mark(ofBranch:…)`), each worked
    /// out once (`rowMarks`).
    static func marks(of ranking: Ranking, site: Site, links: Links) -> (RankingRow) -> EndingNotice? {
        rowMarks(ranking) { mark(ofBranch: $0.branchID, site: site, links: links, month: ranking.period.closingMonth) }
    }

    /// The marks `mark` gives the rows of `ranking`, worked out once for every row: a page asks
    /// for a row's mark in its table, its list of those missing the title and its chart.
    private static func rowMarks(_ ranking: Ranking, _ mark: (RankingRow) -> EndingNotice?) -> (RankingRow) -> EndingNotice? {
        var marks: [String: EndingNotice] = [:]
        for row in ranking.rows where marks[row.branchID] == nil {
            if let found = mark(row) { marks[row.branchID] = found }
        }
        return { marks[$0.branchID] }
    }

    /// The mark of `titled`, a branch holding "Chi bộ 4 tốt" in a period closing in `month`
    /// (`mark(of:site:links:day:month:)`), the branch it went into linked by `href` (its id → the
    /// link to its profile).
    static func mark(of titled: FourGoodBranch, month: YearMonth, href: (String) -> String) -> EndingNotice? {
        mark(ended: titled.dissolved, month: month) { titled.successor.map { ($0.name, href($0.branchID)) } }
    }

    /// The short notice of a dissolved branch of a unit that a district's story names
    /// (`of(_:site:links:short:)`), the branch it went into linked by `href` (its id → the link
    /// to its profile in the unit's portal); nil for a branch that exists.
    static func of(_ listed: ListedBranch, href: (String) -> String) -> EndingNotice? {
        guard let day = listed.dissolved else { return nil }
        return EndingNotice(subject: "Chi bộ", dissolved: day, successor: listed.successor.map { ($0.name, href($0.id)) }, keeps: nil)
    }

    /// The mark of `listed`, a branch of a unit that a district's story of `day` names
    /// (`mark(of:site:links:day:month:)`), the branch it went into linked by `href`.
    static func mark(of listed: ListedBranch, day: CalendarDate, href: (String) -> String) -> EndingNotice? {
        mark(ended: listed.dissolved, day: day) { listed.successor.map { ($0.name, href($0.id)) } }
    }

    /// The mark of the unit `id` of `district` after its name in a row of `month` after its last
    /// one ("(đã sáp nhập vào Đảng bộ xã Bình Minh)", the successor's portal linked from the page
    /// at `route` of `router`); nil for a unit that still exists, or that the row's month saw.
    static func mark(ofUnit id: String, district: DistrictAnalysis, router: Router, route: Route, month: YearMonth) -> EndingNotice? {
        guard let ending = district.ending(ofUnit: id, router: { router.unit($0) }) else { return nil }
        return mark(ended: ending.dissolved, month: month) {
            ending.successor.map { ($0.name, router.link(from: route, to: .home, in: $0.router)) }
        }
    }

    /// The mark of each row of `ranking`, a ranking of `district`'s units, on the page at `route`
    /// (`mark(ofUnit:…)`), each worked out once (`rowMarks`).
    static func marks(of ranking: Ranking, district: DistrictAnalysis, router: Router, route: Route) -> (RankingRow) -> EndingNotice? {
        rowMarks(ranking) { mark(ofUnit: $0.branchID, district: district, router: router, route: route, month: ranking.period.closingMonth) }
    }

    /// The mark's words alone, for a cell of their own (a spreadsheet's column): "Đã sáp nhập vào
    /// Chi bộ khu dân cư Eo Gió", "Đã giải thể".
    var words: String {
        let text = Self.ending(merged: successor != nil) + (successor?.label ?? "")
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// The one rule of every mark: something that ended on `end` is marked in a row of a day on
    /// or after it, or of a month after the last month it saw (that of the day before); the
    /// row's time before is history. `successor` names what it went into, and its link.
    private static func mark(ended end: CalendarDate?, day: CalendarDate? = nil, month: YearMonth? = nil,
                             successor: () -> (name: String, href: String)?) -> EndingNotice? {
        guard let end else { return nil }
        guard day.map({ $0 >= end }) ?? false || month.map({ $0 > end.monthOfDayBefore }) ?? false else { return nil }
        return EndingNotice(words: "(", successor: successor(), closing: ")")
    }

    /// The notice on the page at `route` of `context`'s unit inside a district, when the district
    /// lists it as dissolved or merged; nil otherwise.
    static func ofUnit(_ context: PortalContext, route: Route) -> EndingNotice? {
        guard let ending = context.upLink?.ending else { return nil }
        let links = context.links(from: route)
        let successor = ending.successor.map { ($0.name, links.router.link(from: route, to: .home, in: $0.router)) }
        return EndingNotice(subject: context.site.config.organization, dissolved: ending.dissolved, successor: successor,
                            keeps: "trang này lưu lại hoạt động của đảng bộ đến thời điểm đó.")
    }
}
