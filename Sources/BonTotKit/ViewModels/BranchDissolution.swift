/// What a reader is told of a branch that no longer exists, on its profile and in the
/// directory: "Chi bộ đã sáp nhập vào Chi bộ thôn Đông Hòa từ ngày 01 tháng 7 năm 2025; trang
/// này lưu lại hoạt động của chi bộ đến thời điểm đó."
enum BranchDissolution {
    /// The sentence for `branch`, nil for a branch that exists.
    static func sentence(of branch: Branch, site: Site) -> String? {
        guard let day = branch.dissolved else { return nil }
        let date = VietnameseFormat.longDate(day)
        let what = branch.mergedInto.flatMap { site.branch(id: $0) }.map { "đã sáp nhập vào \($0.name) từ \(date)" }
            ?? "đã giải thể từ \(date)"
        return "Chi bộ \(what); trang này lưu lại hoạt động của chi bộ đến thời điểm đó."
    }
}
