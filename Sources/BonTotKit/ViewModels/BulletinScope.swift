/// Whose meetings, stories and resolutions a bulletin's sections speak of. A commune's bulletin
/// speaks of its branches; a district's (or a province's) sections list only the branches
/// directly under it, its units' shown apart ("Các đảng bộ cơ sở trong tháng"), so their
/// headings and their "nothing this month" sentences say so: "không có nghị quyết nào" alone,
/// under a month when the units met 28 times, read as none anywhere.
struct BulletinScope {
    /// True in a district's or a province's bulletin.
    var isDistrict: Bool

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
