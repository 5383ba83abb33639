/// What a reader is told of a branch that no longer exists, in the directory and a profile's
/// description: "Chi bộ đã sáp nhập vào Chi bộ thôn Đông Hòa từ ngày 01 tháng 7 năm 2025; trang
/// này lưu lại hoạt động của chi bộ đến thời điểm đó." (`EndingNotice` as text), and on the
/// profile of the branch it was merged into, which branches were.
enum BranchDissolution {
    /// The sentence for `branch`, nil for a branch that exists.
    static func sentence(of branch: Branch, site: Site) -> String? {
        EndingNotice.of(branch, site: site, links: nil)?.text
    }

    /// The branches merged into `branch`, oldest merger first, each a link from the page of
    /// `links` with its day: "Chi bộ khu dân cư Bến Đò (sáp nhập từ ngày 01 tháng 7 năm 2026)".
    static func predecessors(of branch: Branch, site: Site, links: Links) -> [MergedPredecessor] {
        site.branches.compactMap { other in
            other.mergedInto == branch.id ? other.dissolved.map { (day: $0, branch: other) } : nil
        }
        .sorted { ($0.day, $0.branch.name) < ($1.day, $1.branch.name) }
        .map { MergedPredecessor(name: $0.branch.name, href: links.branch($0.branch.id), since: VietnameseFormat.longDate($0.day)) }
    }
}
