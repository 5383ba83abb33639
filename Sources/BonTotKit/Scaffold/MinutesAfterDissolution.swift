import Foundation

/// `bontot new minutes` for a branch dissolved or merged on or before the meeting's day (the
/// old village's id typed out of habit after the merger): the file would only be a warning at the
/// next build, so the command refuses it, naming the branch it was merged into.
enum MinutesAfterDissolution {
    /// The refusal for minutes of `branch` dated `date` in the site at `root`, nil when the branch
    /// existed on that day (or its file cannot be read, which `bontot check` reports); the branch's
    /// file named from where bontot runs, where the site's folder is `siteFolder`.
    static func refusal(branch: String, date: CalendarDate, siteRoot root: URL, siteFolder: String) -> NewContent.Refusal? {
        guard let (path, found) = read(branch, siteRoot: root), let day = found.dissolved, date >= day else { return nil }
        let when = VietnameseFormat.longDate(day), named = siteFolder + path
        // Merged into one merged in turn by the meeting's day: the branch the chain leads to, however
        // many mergers lie between (the wording names the first and the last, true of any length).
        guard let first = found.mergedInto else {
            return NewContent.Refusal(description: "\(found.name) ('\(branch)') đã giải thể từ \(when), không còn vào ngày họp "
                + "(\(VietnameseFormat.longDate(date))); hãy kiểm tra lại --branch hoặc --date, hoặc ngày giải thể ở \(named) "
                + "/ the branch was dissolved before the meeting")
        }
        let successor = MergerChain.successor(first, on: date) { id in
            read(id, siteRoot: root).map { (dissolved: $0.branch.dissolved, mergedInto: $0.branch.mergedInto) }
        }
        let onward = successor == first ? ("", "") : (" (chi bộ này sau đó được sáp nhập tiếp, nay thuộc '\(successor)')", ", since merged on into '\(successor)',")
        return NewContent.Refusal(description: "\(found.name) ('\(branch)') đã sáp nhập vào '\(first)' từ \(when)\(onward.0); "
            + "biên bản họp \(VietnameseFormat.longDate(date)) là của chi bộ mới, hãy ghi --branch \(successor) "
            + "(nếu ngày sáp nhập sai, hãy sửa 'dissolved' ở \(named)) / the branch was merged into '\(first)'\(onward.1) before the meeting",
            mergedInto: successor)
    }

    /// The file of branch `id` in the site at `root` (its path in the site) and what it says, nil
    /// when there is none or it cannot be read.
    private static func read(_ id: String, siteRoot root: URL) -> (path: String, branch: Branch)? {
        let files = ["yaml", "md"].map { "content/branches/\(id).\($0)" }
        guard let path = files.first(where: { FileManager.default.fileExists(atPath: root.appending(path: $0).path) }),
              case .success(let source) = SourceText.read(root.appending(path: path), relativePath: path),
              let found = SiteDecoder.branchAlone(source) else { return nil }
        return (path, found)
    }
}
