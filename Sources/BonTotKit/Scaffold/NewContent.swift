import Foundation

/// `bontot new`: one new content file from its skeleton, at the path the site's layout gives it
/// (SPEC §1), never over an existing file.
public enum NewContent: Sendable {
    /// `content/minutes/<yyyy>/<branch>-<yyyy>-<mm>.md` (`…-<kind>.md` for a meeting other than
    /// the regular one, which may share the month).
    case minutes(branch: String, date: CalendarDate, kind: MeetingKind)
    /// `content/stories/<slug of the title>.md`.
    case story(title: String, date: CalendarDate)
    /// `content/branches/<id>.yaml`; the id is the folded name unless given. The name is written
    /// with its spaces collapsed (`BranchNameSpacing`).
    case branch(name: String, id: String?, kind: BranchKind)

    /// Why a file was not written, in words for the user.
    public struct Refusal: Error, CustomStringConvertible, Equatable {
        public var description: String
        /// For minutes whose file exists: the other kinds of meeting whose file for that branch
        /// and month is still free, in `MeetingKind`'s order — what a second meeting of the month
        /// can be written as.
        public var freeKinds: [MeetingKind] = []
        /// The path of the file that is there already, when that is why nothing was written.
        public var existingFile: String?
        /// For minutes of a branch merged by the meeting's day: the branch it was merged into,
        /// whose minutes they are (`MinutesAfterDissolution`).
        public var mergedInto: String?
    }

    /// The path of the new file, relative to the site.
    public func path() throws -> String {
        switch self {
        case .minutes(let branch, let date, let kind):
            return MinutesFileName.path(branch: branch, date: date, kind: kind)
        case .story(let title, _):
            let slug = Slug.fold(title)
            guard !slug.isEmpty else {
                throw Refusal(description: "tiêu đề '\(title)' không có chữ nào để làm tên tệp / the title gives no file name")
            }
            return "content/stories/\(slug).md"
        case .branch(let name, let given, _):
            let id = given ?? Slug.fold(name)
            guard Slug.isValid(id) else {
                guard given != nil else {
                    throw Refusal(description: "tên '\(name)' không có chữ nào để làm mã chi bộ; hãy ghi mã bằng --id, "
                        + "ví dụ --id chi-bo-so-3 / the name gives no branch id")
                }
                let folded = Slug.fold(id)
                let hint = Slug.isValid(folded) ? " (gợi ý: '\(folded)')" : ""
                throw Refusal(description: "mã chi bộ '\(id)' không hợp lệ: chỉ dùng a-z, 0-9 và dấu -\(hint) / invalid branch id")
            }
            return "content/branches/\(id).yaml"
        }
    }

    /// The text of the new file.
    public var text: String {
        switch self {
        case .minutes(let branch, let date, let kind): return Skeleton.minutes(branch: branch, date: date, kind: kind)
        case .story(let title, let date): return Skeleton.story(title: title, date: date)
        case .branch(let name, _, let kind): return Skeleton.branch(name: name.collapsedSpaces(), kind: kind)
        }
    }

    /// Writes the file into the site at `root`, making its folder; returns its path relative to
    /// the site. Refuses when the file exists, when `root` is no site, or when a minutes file
    /// names a branch the site does not have, or one dissolved by the meeting's day.
    @discardableResult
    public func write(siteRoot root: URL) throws -> String {
        let manager = FileManager.default
        guard manager.fileExists(atPath: root.appending(path: "site.yaml").path) else {
            throw Refusal(description: "\(root.path) không phải thư mục trang (không có site.yaml); dùng --site hoặc `bontot init` "
                + "/ not a site folder")
        }
        if case .minutes(let branch, let date, _) = self {
            let folder = root.appending(path: "content/branches")
            let ids = ((try? manager.contentsOfDirectory(atPath: folder.path)) ?? [])
                .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".md") }
                .map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent }
            guard ids.contains(branch) else {
                throw Refusal(description: UnknownBranch.message(branch, known: ids))
            }
            if let refusal = MinutesAfterDissolution.refusal(branch: branch, date: date, siteRoot: root) {
                throw refusal
            }
        }
        let path = try self.path()
        let url = root.appending(path: path)
        guard !manager.fileExists(atPath: url.path) else {
            var refusal = Refusal(description: "\(path) đã có; không ghi đè / \(path) already exists, not overwritten",
                                  existingFile: path)
            if case .minutes(let branch, let date, let kind) = self {
                refusal.freeKinds = MeetingKind.allCases.filter { other in
                    other != kind && !manager.fileExists(atPath: root.appending(path: MinutesFileName.path(branch: branch, date: date, kind: other)).path)
                }
            }
            throw refusal
        }
        try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        guard manager.createFile(atPath: url.path, contents: Data(text.utf8)) else {
            throw Refusal(description: "không ghi được \(path) / cannot write \(path)")
        }
        return path
    }
}
