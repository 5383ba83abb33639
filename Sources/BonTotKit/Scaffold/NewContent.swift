import Foundation

/// `bontot new`: one new content file from its skeleton, at the path the site's layout gives it
/// (SPEC §1), never over an existing file.
public enum NewContent: Sendable {
    /// `content/minutes/<yyyy>/<branch>-<yyyy>-<mm>.md` (`…-<kind>.md` for a meeting other than
    /// the regular one, which may share the month); `<branch>-<yyyy>-<mm>-<dd>[-<kind>].md` when
    /// the month's file holds a meeting of another day (`SecondMeetingName`).
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

    /// The text of the new file in the site at `root`: a story in a site listing units has the
    /// form of a unit's branch in the hint of its `branch:` (`Skeleton.story`).
    private func text(siteRoot root: URL) -> String {
        guard case .story(let title, let date) = self, let unit = UnitBranchFolders().units(in: root).first else { return text }
        return Skeleton.story(title: title, date: date, unitExample: unit.id)
    }

    /// Writes the file into the site at `root`, making its folder; returns its path as the
    /// command prints it, from where bontot runs: the site's folder named so is `siteFolder`
    /// (`../district/xa-a/`, `""` for the current folder), and the refusals name files from there
    /// too. Refuses when the file exists, when `root` is no site, when a minutes file names a
    /// branch the site does not have (told whose it is, when it is a unit's: `UnknownBranch`), or
    /// one dissolved by the meeting's day, when a branch's id is a unit's way and an id (`xa-a/ap-2`),
    /// and when a branch made without `--id` has the name of a branch already there (`BranchNameTaken`).
    @discardableResult
    public func write(siteRoot root: URL, siteFolder: String = "") throws -> String {
        try create(siteRoot: root, siteFolder: siteFolder).path
    }

    /// What `create` wrote: its path as the command prints it, and, for minutes written under
    /// the name with their day (`SecondMeetingName`), why that name.
    public struct Written: Sendable, Equatable {
        public var path: String
        public var note: String?
    }

    /// Writes the file as `write` does, and says why when minutes went under another name than
    /// their month's: a second meeting of the same kind in a month whose file is there already
    /// is written with its day in its name (`SecondMeetingName`).
    public func create(siteRoot root: URL, siteFolder: String = "") throws -> Written {
        let manager = FileManager.default
        guard manager.fileExists(atPath: root.appending(path: "site.yaml").path) else {
            throw Refusal(description: "\(root.path) không phải thư mục trang (không có site.yaml); dùng --site hoặc `bontot init` "
                + "/ not a site folder")
        }
        if case .minutes(let branch, let date, _) = self {
            if let problem = UnknownBranch.problem(branch, siteRoot: root, siteFolder: siteFolder) {
                throw Refusal(description: problem)
            }
            if let refusal = MinutesAfterDissolution.refusal(branch: branch, date: date, siteRoot: root, siteFolder: siteFolder) {
                throw refusal
            }
        }
        if case .branch(_, let given?, _) = self, let refusal = Self.unitsBranch(given, siteRoot: root, siteFolder: siteFolder) {
            throw refusal
        }
        if case .branch(let name, nil, _) = self, let refusal = BranchNameTaken.refusal(name: name, siteRoot: root, siteFolder: siteFolder) {
            throw refusal
        }
        var path = try self.path()
        var note: String?
        if case .minutes(let branch, let date, let kind) = self, manager.fileExists(atPath: root.appending(path: path).path),
           let second = SecondMeetingName.path(branch: branch, date: date, kind: kind, monthFile: path, siteRoot: root, siteFolder: siteFolder) {
            (path, note) = (second.path, second.note)
        }
        let url = root.appending(path: path)
        let named = siteFolder + path
        guard !manager.fileExists(atPath: url.path) else {
            var refusal = Refusal(description: "\(named) đã có; không ghi đè / \(named) already exists, not overwritten",
                                  existingFile: named)
            if case .minutes(let branch, let date, let kind) = self {
                refusal.freeKinds = MeetingKind.allCases.filter { other in
                    other != kind && !manager.fileExists(atPath: root.appending(path: MinutesFileName.path(branch: branch, date: date, kind: other)).path)
                }
            }
            throw refusal
        }
        try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        guard manager.createFile(atPath: url.path, contents: Data(text(siteRoot: root).utf8)) else {
            throw Refusal(description: "không ghi được \(named) / cannot write \(named)")
        }
        return Written(path: named, note: note)
    }

    /// The refusal of a branch's id `given` as a unit's way and an id (`xa-a/ap-2`, `xa-a\ap-2`:
    /// a clerk of the district making a commune's branch from the district's folder): whose
    /// site the branch is made in, and the `--id`/`--site` to run again with; nil when the part
    /// before the last `/` is no unit of the site.
    private static func unitsBranch(_ given: String, siteRoot: URL, siteFolder: String) -> Refusal? {
        let written = given.replacingOccurrences(of: "\\", with: "/")
        guard let slash = written.lastIndex(of: "/") else { return nil }
        let id = String(written[written.index(after: slash)...])
        let units = UnitSites(siteRoot: siteRoot, siteFolder: siteFolder).units(way: String(written[..<slash]))
        guard !units.isEmpty, Slug.isValid(id) else { return nil }
        let options = units.map { "--id \(id) --site \(ShellLine.word($0.site))" }
        return Refusal(description: "mã chi bộ '\(given)' không hợp lệ; đây là chi bộ của đơn vị \(UnitSites.names(of: units)): "
            + "hồ sơ chi bộ ghi trong trang của đơn vị, hãy chạy lại với \(options.joined(separator: " hoặc ")) "
            + "/ invalid branch id '\(given)' (a branch of the unit \(UnitSites.names(of: units)): "
            + "run again with \(options.joined(separator: " or ")))")
    }
}
