import Foundation

/// The meetings a site's minutes already record, each file of `content/minutes/` decoded as a
/// build decodes it, so an import does not record one meeting twice. A file that does not give
/// a branch, a date and a kind that can be read is left out: `bontot check` reports it.
enum SiteMeetings {
    /// Each meeting recorded, with the first file (by path) that records it, relative to the site.
    static func files(in siteRoot: URL) -> [MeetingKey: String] {
        let folder = siteRoot.appending(path: "content/minutes")
        var found: [MeetingKey: String] = [:]
        for url in SiteReader.files(in: folder, recursive: true, within: siteRoot)
        where url.pathExtension.lowercased() == "md" {
            let path = SiteReader.relativePath(of: url, root: siteRoot)
            guard case .success(let file) = SourceText.read(url, relativePath: path),
                  let key = SiteDecoder.minutesAlone(file)?.meetingKey, found[key] == nil else { continue }
            found[key] = path
        }
        return found
    }
}
