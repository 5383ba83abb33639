/// The content files the portal's pages are made from, as a body links them: a meeting's
/// minutes (`content/minutes/2024/a.md`), a story, a branch's file, a month's editorial, an
/// evaluation, a district's units' evaluation (`content/unit-evaluations/2024.yaml`). A body may link one by its path, as editors link Markdown files to each other
/// (`[biên bản](../minutes/2024/a.md)`); the page shows a link to the page made from it.
enum PageSources {
    /// The folders of `content/` that hold the files pages are made from: a path a body writes
    /// starting with one of them (`minutes/2024/a.md`) is read from `content/`, as `media/…` is.
    static let folders: Set<String> = ["minutes", "stories", "branches", "bulletins", "evaluations", "unit-evaluations"]

    /// The extensions of the files pages are made from.
    static let extensions: Set<String> = ["md", "yaml", "yml", "csv", "xlsx", "xls"]

    /// True when the file at `path` (from the site: `content/stories/a.md`) is of a kind a page
    /// may be made from: inside `content/`, outside its `media/`, with one of `extensions`. Whether
    /// one is made from it, the site's check tells (`PageLinkCheck`).
    static func mayBePageSource(_ path: String) -> Bool {
        path.hasPrefix("content/") && !path.hasPrefix("content/media/")
            && extensions.contains(PathParts.lowercasedExtension(of: path))
    }

    /// The way from the file at `file` to the file at `target`, both from the site, as a body of
    /// `file` links it: `../minutes/2024/a.md` from `content/stories/b.md`.
    static func relativePath(from file: String, to target: String) -> String {
        let here = file.split(separator: "/").dropLast()
        let there = target.split(separator: "/")
        let shared = zip(here, there).prefix { $0 == $1 }.count
        let climb = Array(repeating: "..", count: here.count - shared)
        return (climb + there.dropFirst(shared).map(String.init)).joined(separator: "/")
    }
}
