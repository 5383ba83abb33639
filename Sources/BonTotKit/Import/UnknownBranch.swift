/// What `bontot new minutes` and `bontot import minutes` say of a `--branch` the site does not
/// have, so a clerk can retype it without opening a folder.
///
/// The nearest id when one is close ("có phải 'kdc-doc-mieu'?"), or the id a branch's name
/// given instead folds to ("Chi bộ khu dân cư số 1" → 'khu-dan-cu-so-1'); otherwise every id of a small
/// site, or the few ids nearest to the one typed on a large one, with where the whole list is;
/// or how to make a branch when the site has none.
enum UnknownBranch {
    /// Ids listed whole; a site with more shows only the nearest `shownNearest`.
    static let listedWhole = 12
    /// Ids shown, nearest first, from a site with more than `listedWhole`.
    static let shownNearest = 5

    /// The message, the first line the error itself and the next ones the ids to choose from.
    static func message(_ branch: String, known ids: [String]) -> String {
        let close = Suggestion.hint(for: branch, among: ids)
        let hint = close.isEmpty ? namedHint(branch, known: ids) : close
        var text = "không có chi bộ '\(branch)' trong content/branches/\(hint) / unknown branch '\(branch)'"
        guard hint.isEmpty else { return text }
        if ids.isEmpty {
            text += "\n  Trang chưa có chi bộ nào; tạo hồ sơ chi bộ trước: bontot new branch --name \"Chi bộ …\""
        } else if ids.count <= listedWhole {
            text += "\n  Các mã chi bộ có trong content/branches/: \(ids.sorted().joined(separator: ", "))"
        } else {
            let nearest = Suggestion.nearest(to: branch, among: ids, count: shownNearest)
            text += "\n  Các mã gần nhất: \(nearest.joined(separator: ", ")); xem đủ \(VietnameseFormat.count(ids.count)) mã chi bộ "
                + "trong content/branches/ (tên tệp, bỏ đuôi .yaml, .md)"
        }
        return text
    }

    /// For a branch's name given as `--branch` ("Chi bộ khu dân cư số 1"), the id it folds to,
    /// with or without "Chi bộ" in front, as `bontot new branch` makes ids.
    private static func namedHint(_ branch: String, known ids: [String]) -> String {
        var written = WrittenNames(leavingOut: ["chi-bo-"])
        for id in ids { written.add(id, of: id) }
        guard let id = written.id(Slug.fold(branch)) else { return "" }
        return " (có phải '\(id)'? / did you mean '\(id)'?)"
    }
}
