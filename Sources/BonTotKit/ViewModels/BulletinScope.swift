/// Whose meetings, stories and resolutions a bulletin's sections speak of. A commune's bulletin
/// speaks of its branches; a district's (or a province's) sections list only the branches
/// directly under it, its units' shown apart ("Các đảng bộ cơ sở trong tháng"), so their
/// headings and their "nothing this month" sentences say so: "không có nghị quyết nào" alone,
/// under a month when the units met 28 times, read as none anywhere. A district with no chi bộ
/// trực thuộc in the month (every cell of it in its units) has nothing to say of them: those
/// sections are left out, not printed empty.
struct BulletinScope {
    /// True in a district's or a province's bulletin.
    var isDistrict: Bool
    /// False in a district that had no chi bộ trực thuộc in the month; always true in a commune.
    var hasOwnBranches = true

    /// The scope of the bulletin of `month` of the site of `context`.
    init(month: YearMonth, context: PortalContext) {
        isDistrict = context.district != nil
        hasOwnBranches = !isDistrict || context.site.branches.contains { $0.exists(in: month) }
    }

    /// Whether a section on the district's own branches is printed: always where it has
    /// something to show, and when empty only where there are chi bộ trực thuộc to speak of.
    func shows(_ hasContent: Bool) -> Bool {
        hasContent || hasOwnBranches
    }

    /// `" của các chi bộ trực thuộc"` in a district, nothing in a commune.
    private var ofOwnBranches: String { isDistrict ? " của các chi bộ trực thuộc" : "" }

    /// `"Nghị quyết các chi bộ thông qua trong tháng"`.
    var resolutionsHeading: String {
        "Nghị quyết các chi bộ\(isDistrict ? " trực thuộc" : "") thông qua trong tháng"
    }

    /// The stories section, when it has none.
    var noStories: String { "Trong tháng chưa có bài viết về gương điển hình\(ofOwnBranches)." }

    /// The resolutions section, when it has none.
    var noResolutions: String { "Trong tháng không có nghị quyết nào được ghi trong biên bản\(ofOwnBranches)." }

    /// The due section, when nothing falls due in `nextMonth` (`"tháng 11 năm 2026"`).
    func noDue(in nextMonth: String) -> String { "Không có nghị quyết nào\(ofOwnBranches) đến hạn trong \(nextMonth)." }
}
