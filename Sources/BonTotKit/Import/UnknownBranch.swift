import Foundation

/// What `bontot new minutes` and `bontot import minutes` say of a `--branch` the site does not
/// have, so a clerk can retype it without opening a folder.
///
/// The nearest id when one is close ("có phải 'kdc-doc-mieu'?"), or the id a branch's name
/// given instead folds to ("Chi bộ khu dân cư số 1" → 'khu-dan-cu-so-1'), or the id now of the branch
/// whose file was renamed from the one given (`RenamedBranch`); otherwise every id of a small
/// site, or the few ids nearest to the one typed on a large one, with where the whole list is;
/// or how to make a branch when the site has none. A branch of one of the site's units, however
/// deep (a clerk of the district writing a commune's minutes from the district's folder), is told
/// whose branch it is and the options to run again with instead (`UnitSites`).
enum UnknownBranch {
    /// Ids listed whole; a site with more shows only the nearest `shownNearest`.
    static let listedWhole = 12
    /// Ids shown, nearest first, from a site with more than `listedWhole`.
    static let shownNearest = 5

    /// The message for a `--branch` the site at `siteRoot` does not have, nil when it has it.
    /// `siteFolder` names the site's folder from where bontot runs (`../district/`, `""`), and
    /// the message names the site's folders, and its units', from there.
    static func problem(_ branch: String, siteRoot: URL, siteFolder: String) -> String? {
        let folder = siteRoot.appending(path: "content/branches")
        let files = SiteReader.files(in: folder, recursive: false, within: folder)
            .filter { ["yaml", "yml", "md"].contains($0.pathExtension.lowercased()) }
        let ids = files.map { $0.deletingPathExtension().lastPathComponent }
        guard !ids.contains(branch) else { return nil }
        let branches = siteFolder + "content/branches/"
        guard let (id, owners) = UnitSites(siteRoot: siteRoot, siteFolder: siteFolder).owners(ofBranch: branch) else {
            return message(branch, known: ids, in: branches, files: files)
        }
        let options = owners.map { "--branch \(id) --site \(ShellLine.word($0.site))" }
        return "không có chi bộ '\(branch)' trong \(branches); '\(id)' là chi bộ của đơn vị \(UnitSites.names(of: owners)): "
            + "biên bản của chi bộ ghi trong trang của đơn vị, hãy chạy lại với \(options.joined(separator: " hoặc ")) "
            + "/ unknown branch '\(branch)' (a branch of the unit \(UnitSites.names(of: owners)): "
            + "run again with \(options.joined(separator: " or ")))"
    }

    /// The message, the first line the error itself and the next ones the ids to choose from,
    /// the site's `content/branches/` named `branches`, whose branch files are `files` (read for
    /// the branch whose file was renamed from the id given, when nothing else is suggested).
    static func message(_ branch: String, known ids: [String], in branches: String = "content/branches/", files: [URL] = []) -> String {
        let close = Suggestion.hint(for: branch, among: ids)
        let hint = close.isEmpty ? namedHint(branch, known: ids) : close
        var text = "không có chi bộ '\(branch)' trong \(branches)\(hint) / unknown branch '\(branch)'"
        guard hint.isEmpty else { return text }
        let renamed = renamedHint(branch, files: files, in: branches)
        guard renamed.isEmpty else { return text + renamed }
        if ids.isEmpty {
            text += "\n  Trang chưa có chi bộ nào; tạo hồ sơ chi bộ trước: bontot new branch --name \"Chi bộ …\""
        } else if ids.count <= listedWhole {
            text += "\n  Các mã chi bộ có trong \(branches): \(ids.sorted().joined(separator: ", "))"
        } else {
            let nearest = Suggestion.nearest(to: branch, among: ids, count: shownNearest)
            text += "\n  Các mã gần nhất: \(nearest.joined(separator: ", ")); xem đủ \(VietnameseFormat.count(ids.count)) mã chi bộ "
                + "trong \(branches) (tên tệp, bỏ đuôi .yaml, .md)"
        }
        return text
    }

    /// For the id a branch had before its file was renamed to a longer one (`truong-thcs`, the
    /// file now `truong-thcs-hoa-thuan.md`), the branch's name, file and id now, found by the rule
    /// that tells a site file naming the old id (`RenamedBranch`); "" when it finds none.
    private static func renamedHint(_ branch: String, files: [URL], in branches: String) -> String {
        var names: [String: String] = [:], fileNames: [String: String] = [:]
        for (file, found) in SiteDecoder.branchesAlone(files) {
            names[found.id] = found.name
            fileNames[found.id] = branches + file.lastPathComponent
        }
        guard let id = RenamedBranch.id(for: branch, names: names), let name = names[id], let file = fileNames[id] else { return "" }
        return "; có phải '\(name)' (\(file))? mã của chi bộ này nay là '\(id)': hãy chạy lại với --branch \(id) "
            + "/ did you mean '\(name)' (\(file))? its id is now '\(id)': run again with --branch \(id)"
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
