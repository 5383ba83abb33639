/// A branch's `dissolved` and `merged_into` (a chi bộ dissolved, or merged into another when
/// villages or agencies are merged): the branch merged into must be another branch of the site,
/// `merged_into` needs the day (`dissolved`), and a branch cannot be dissolved before it was
/// founded. Each problem is an error on its field.
enum BranchDissolutionCheck {
    static func check(_ branches: [Branch], sink: DiagnosticSink) {
        let ids = Set(branches.map(\.id))
        for branch in branches {
            if let successor = branch.mergedInto {
                if successor == branch.id {
                    sink.error(branch.source, field: "merged_into",
                               "chi bộ không thể sáp nhập vào chính nó ('\(successor)'); hãy ghi mã chi bộ mới "
                                   + "/ a branch cannot be merged into itself")
                } else if !ids.contains(successor) {
                    let hint = Suggestion.closest(to: successor, among: ids).map { "; có phải '\($0)'?" } ?? ""
                    sink.error(branch.source, field: "merged_into",
                               "không có chi bộ '\(successor)' (tên tệp trong content/branches/)\(hint) "
                                   + "/ merged_into names no branch")
                }
                if branch.dissolved == nil {
                    sink.error(branch.source, field: "merged_into",
                               "có 'merged_into' nhưng thiếu ngày sáp nhập; hãy ghi 'dissolved: YYYY-MM-DD' "
                                   + "/ merged_into needs the day in dissolved:")
                }
            }
            if let dissolved = branch.dissolved, let founded = branch.founded, dissolved <= founded {
                sink.error(branch.source, field: "dissolved",
                           "ngày giải thể \(VietnameseFormat.longDate(dissolved)) không sau ngày thành lập "
                               + "\(VietnameseFormat.longDate(founded)) / dissolved must be after founded")
            }
        }
    }
}
