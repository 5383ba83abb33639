import Foundation

/// A document `import minutes` is importing for one branch whose minutes the site already
/// records for another: a file of another branch, of the same date and kind, whose body is the
/// document's Markdown (the same document imported before with another `--branch`), so one
/// meeting would count for two cells. Only a warning: two cells may hold a joint meeting.
enum SameDocumentElsewhere {
    /// The site's file (relative to the site) and branch that record `body` for the meeting of
    /// `date` and `kind`, of a branch other than `branch`, among the site's `meetings`; nil when none.
    static func recorded(_ body: String, branch: String, date: CalendarDate, kind: MeetingKind,
                         meetings: [MeetingKey: String], siteRoot: URL) -> (path: String, branch: String)? {
        let wanted = body.trimmingCharacters(in: .whitespacesAndNewlines)
        let others = meetings.filter { $0.key.date == date && $0.key.kind == kind && $0.key.branchID != branch }
        for (key, path) in others.sorted(by: { $0.value < $1.value }) {
            // Read as the build reads it: UTF-8, or UTF-16 with a byte-order mark (Notepad's "Unicode").
            guard case .success(let source) = SourceText.read(siteRoot.appending(path: path), relativePath: path),
                  let split = FrontMatter(splitting: source.text),
                  split.body.trimmingCharacters(in: .whitespacesAndNewlines) == wanted else { continue }
            return (path, key.branchID)
        }
        return nil
    }
}
