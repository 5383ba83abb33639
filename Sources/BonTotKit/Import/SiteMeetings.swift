import Foundation
import Yams

/// The meetings a site's minutes already record, read from the front matter of every file of
/// `content/minutes/`, so an import does not record one meeting twice. A file that does not
/// give a branch, a date and a kind that can be read is left out: `bontot check` reports it.
enum SiteMeetings {
    /// Each meeting recorded, with the first file (by path) that records it, relative to the site.
    static func files(in siteRoot: URL) -> [MeetingKey: String] {
        let folder = siteRoot.appending(path: "content/minutes")
        var found: [MeetingKey: String] = [:]
        for url in SiteReader.files(in: folder, recursive: true, within: siteRoot)
        where url.pathExtension.lowercased() == "md" {
            let path = SiteReader.relativePath(of: url, root: siteRoot)
            guard case .success(let file) = SourceText.read(url, relativePath: path),
                  let key = meeting(in: file.text, path: path), found[key] == nil else { continue }
            found[key] = path
        }
        return found
    }

    /// The meeting a minutes file's front matter records, or nil when it does not say.
    static func meeting(in text: String, path: String) -> MeetingKey? {
        guard let parts = FrontMatter(splitting: text),
              case .success(let node?) = YAMLDocument.parse(parts.yaml, path: path, firstLine: parts.firstLine),
              let branch = node["branch"]?.string?.trimmingCharacters(in: .whitespaces),
              let date = (node["date"]?.string).flatMap({ CalendarDate(iso: $0.trimmingCharacters(in: .whitespaces)) }),
              let kind = (node["kind"]?.string).flatMap({ MeetingKind(rawValue: $0.trimmingCharacters(in: .whitespaces)) })
        else { return nil }
        return MeetingKey(branchID: branch, date: date, kind: kind)
    }
}
