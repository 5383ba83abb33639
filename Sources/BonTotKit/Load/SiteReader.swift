import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Finds and reads the input files of a site folder (SPEC §1), reporting unreadable files,
/// files that are not UTF-8 and media that lead outside the site.
public enum SiteReader {
    /// Reads the site at `root`; content files that `cache` holds unchanged are not read.
    static func read(root: URL, sink: DiagnosticSink, cache: (any UnchangedFiles)? = nil) -> SiteSources {
        read(root: root, sink: sink, opening: { _ in { cache } })
    }

    /// Reads the site at `root`, handing `opening` the sources as soon as `site.yaml`, the
    /// rubric and the former scales are read and the score sheets listed (what the decode
    /// cache's context is taken from, each text read once: nil or left out when it could not
    /// be), and asking what `opening`
    /// gives for the files the cache holds unchanged only once the content folders are listed:
    /// the cache may be opening meanwhile, on other cores, from the very texts the site is
    /// decoded with — a scale saved as the build starts cannot slip in between. A folder that
    /// is no site is not asked. A file left unread is told what to do with it from the top
    /// site, the site lying in `siteFolder`.
    static func read(root: URL, sink: DiagnosticSink, siteFolder: String = "",
                     opening: (SiteSources) -> () -> (any UnchangedFiles)?) -> SiteSources {
        var sources = SiteSources(root: root)
        if let missing = notASite(root) {
            sink.report(missing)
            return sources
        }
        // The media are only listed, and each one's path resolved: beside reading the texts.
        let media = Background { () -> ([String], [Diagnostic]) in
            let sink = DiagnosticSink()
            let files = mediaFiles(root: root, sink: sink)
            WindowsFileNames.check(files, sink: sink)
            return (files, sink.log.entries)
        }
        sources.siteConfig = readRequired(root, "site.yaml", root: root, siteFolder: siteFolder, sink: sink)
        sources.rubric = readRequired(root.appending(path: "content"), "rubric.yaml", root: root, siteFolder: siteFolder, sink: sink)
        let formerRubrics = listed(in: SiteSources.formerRubricsFolder, root: root, extensions: SiteSources.formerRubricExtensions,
                                   recursive: false, siteFolder: siteFolder, sink: sink)
        sources.formerRubrics = readAll(formerRubrics, root: root, siteFolder: siteFolder, sink: sink)
        let evaluations = listed(in: SiteSources.evaluationsFolder, root: root, extensions: ["yaml", "yml", "csv", "xlsx", "xls", "ods"],
                                 recursive: false, siteFolder: siteFolder, sink: sink)
        sources.listsOldWorkbooks = evaluations.contains(where: SiteSources.isOldWorkbook)
        sources.scoreFileNames = evaluations.map { String(PathParts.name(of: $0)) }.sorted()
        let cache = opening(sources)
        sources.branchPaths = branchFiles(root: root).map { relativePath(of: URL(fileURLWithPath: $0), root: root) }
        let branches = listed(in: SiteSources.branchesFolder, root: root, extensions: SiteSources.branchExtensions, recursive: false,
                              siteFolder: siteFolder, sink: sink)
        let minutes = listed(in: "content/minutes", root: root, extensions: ["md"], recursive: true, siteFolder: siteFolder, sink: sink)
        let stories = listed(in: "content/stories", root: root, extensions: ["md"], recursive: true, siteFolder: siteFolder, sink: sink)
        let bulletins = listed(in: "content/bulletins", root: root, extensions: ["md"], recursive: false, siteFolder: siteFolder, sink: sink)
        let unchanged = cache()
        sources.branches = readAll(branches, root: root, siteFolder: siteFolder, sink: sink, cache: unchanged)
        sources.evaluations = readAll(evaluations, root: root, siteFolder: siteFolder, sink: sink, cache: unchanged)
        sources.minutes = readAll(minutes, root: root, siteFolder: siteFolder, sink: sink, cache: unchanged)
        sources.stories = readAll(stories, root: root, siteFolder: siteFolder, sink: sink, cache: unchanged)
        sources.bulletins = readAll(bulletins, root: root, siteFolder: siteFolder, sink: sink)
        let (mediaPaths, mediaDiagnostics) = media.value
        sink.report(mediaDiagnostics)
        sources.media = mediaPaths
        return sources
    }

    /// The error for a folder without `site.yaml`, which is no site: what else it lacks is not
    /// listed, and the message says how to make a site or name one. Nil for a site's folder.
    /// A folder inside a site (`content/minutes/`, `output/`, where a clerk's terminal often
    /// is) is told which site it is in.
    public static func notASite(_ root: URL) -> Diagnostic? {
        guard !FileManager.default.fileExists(atPath: root.appending(path: "site.yaml").path) else { return nil }
        let folder = root.standardizedFileURL.path
        let above = siteAbove(root.standardizedFileURL).map {
            "; thư mục này nằm trong trang '\($0)': hãy chạy lệnh ở thư mục đó, hoặc thêm --site \"\($0)\""
        } ?? ""
        return .error(at: SourceLocation(file: "site.yaml"),
                      "thiếu tệp site.yaml: thư mục '\(folder)' không phải thư mục trang\(above); tạo trang mới bằng 'bontot init <thư mục>', "
                      + "hoặc chỉ tới thư mục trang bằng --site <thư mục> / missing site.yaml: '\(folder)' is not a site; "
                      + "make one with 'bontot init DIR' or name a site's folder with --site DIR")
    }

    /// The nearest folder above `folder`, at most four levels up, that holds `site.yaml` and
    /// `content/`: the site a folder inside it belongs to.
    static func siteAbove(_ folder: URL) -> String? {
        var current = folder
        for _ in 0..<4 {
            let parent = current.deletingLastPathComponent()
            guard parent.path != current.path else { return nil }
            current = parent
            let manager = FileManager.default
            if manager.fileExists(atPath: current.appending(path: "site.yaml").path),
               manager.fileExists(atPath: current.appending(path: "content").path) {
                return current.path
            }
        }
        return nil
    }

    private static func readRequired(_ folder: URL, _ name: String, root: URL, siteFolder: String, sink: DiagnosticSink) -> SourceText? {
        let url = folder.appending(path: name)
        let relative = relativePath(of: url, root: root)
        guard FileManager.default.fileExists(atPath: url.path) else {
            sink.error(SourceLocation(file: relative, line: 1), "thiếu tệp / missing file '\(relative)'")
            return nil
        }
        guard isInside(url, root: root, relativePath: relative, sink: sink) else { return nil }
        return record(SourceText.read(url, relativePath: relative, siteFolder: siteFolder), sink: sink)
    }

    /// The absolute paths of the files with one of `extensions` in `folder` (relative to the
    /// site), Office lock files left out; a folder link among them that leads out of the site
    /// is reported, and so is a file of another kind (`UnreadFile`, from the top site, the site
    /// lying in `siteFolder`). Every content folder is listed through it, a district's own
    /// (`content/unit-rubrics`, `UnitEvaluationsDecoder`) too.
    static func listed(in folder: String, root: URL, extensions: Set<String>, recursive: Bool,
                               siteFolder: String, sink: DiagnosticSink) -> [String] {
        var paths: [String] = []
        for path in filePaths(in: root.appending(path: folder), recursive: recursive, within: root) {
            if reads(path, extensions: extensions) {
                paths.append(path)
            } else if !extensions.contains(PathParts.lowercasedExtension(of: path)) {
                let url = URL(fileURLWithPath: path)
                let relative = relativePath(of: url, root: root)
                if isFolder(url) {
                    _ = isInside(url, root: root, relativePath: relative, sink: sink)
                } else if FileManager.default.fileExists(atPath: path),
                          let unread = UnreadFile.diagnostic(path: relative, folder: folder, extensions: extensions, siteFolder: siteFolder,
                                                             head: PathParts.lowercasedExtension(of: path).isEmpty ? firstBytes(of: url) : [],
                                                             twin: NotepadName.meant(path, extensions: extensions) == nil ? .none : NotepadName.twin(of: path)) {
                    sink.report(unread)
                }
            }
        }
        return paths
    }

    /// The first bytes of the file at `url`, that tell its kind when its name does not (`UnreadFile`); none when it cannot be read.
    private static func firstBytes(of url: URL) -> [UInt8] {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return [] }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: 12)).map { Array($0) } ?? []
    }

    /// Whether a folder whose files are read when they end in one of `extensions` reads the file
    /// at `path`: one of those, but nothing content folders pass over (`PassedOverName`: of what
    /// no clerk put there, only an Office lock file can end in an extension a folder reads). What
    /// `listed` lists, and so what is read.
    static func reads(_ path: String, extensions: Set<String>) -> Bool {
        extensions.contains(PathParts.lowercasedExtension(of: path))
            && !PassedOverName.isPassedOver(file: PathParts.name(of: path), in: .content)
    }

    /// The absolute paths of the branch files of the site at `root`, sorted: those its
    /// `content/branches/` lists that the folder reads (`reads`: no hidden file, such as macOS's
    /// `._ap-1.yaml`, no Office lock file, no editor's leftover), also those that cannot be
    /// read — each one's name is a branch id, for the site's own files as for a district's
    /// naming its units' branches (`UnitBranchFolders.ids`).
    static func branchFiles(root: URL) -> [String] {
        filePaths(in: root.appending(path: SiteSources.branchesFolder), recursive: false, within: root)
            .filter { reads($0, extensions: SiteSources.branchExtensions) }
    }

    /// Reads the files at `paths` (absolute, as `listed` gives them) on all cores; those that
    /// `cache` holds unchanged are not read. A file that is not UTF-8 is told the command to
    /// convert it with, from the top site (the site lying in `siteFolder`).
    private static func readAll(_ paths: [String], root: URL, siteFolder: String = "", sink: DiagnosticSink,
                                cache: (any UnchangedFiles)? = nil) -> [SourceText] {
        // Each file's folder by position: looked up once per folder, not once per file.
        let listed = ListedFolders(paths)
        let realFolders = foldersWithoutLinks(Set(listed.folders), root: root)
        let isReal = listed.folders.map(realFolders.contains)
        let base = root.standardizedFileURL.path + "/"
        let openFolders = OpenFolders(listed) { isReal[$0] }
        let reported = IndexedDiagnostics()
        let texts = Parallel.compactMap(paths.count) { index -> SourceText? in
            let path = paths[index], folder = listed.folderOfFile[index]
            let fileSink = DiagnosticSink()
            defer { reported.set(index, fileSink.log.entries) }
            let url = { URL(fileURLWithPath: path) }
            let relative = relativePath(of: path, base: base) ?? relativePath(of: url(), root: root)
            var info = stat()
            let isPlain = openFolders.status(of: path, folder: folder, nameOffset: listed.folders[folder].utf8.count + 1, into: &info)
                && (info.st_mode & S_IFMT) == S_IFREG
            guard (isPlain && isReal[folder]) || isInside(url(), root: root, relativePath: relative, sink: fileSink) else {
                return nil
            }
            let stamp = cache == nil ? nil : isPlain ? FileStamp(info) : FileStamp(path: path)
            if let cache, let stamp, let unchanged = cache.unchanged(relative, stamp: stamp) {
                var text = SourceText(path: unchanged.path, text: "", contentHash: unchanged.hash)
                text.stamp = stamp
                text.unchanged = unchanged
                return text
            }
            var text = record(SourceText.read(url(), relativePath: relative, siteFolder: siteFolder), sink: fileSink)
            text?.stamp = stamp
            return text
        }
        for entries in reported.inOrder { sink.report(entries) }
        cache?.keep(texts.map(\.path))
        return texts
    }

    /// `path` from `base` (the site's folder with its last slash), its bytes dropped in place
    /// when they begin with `base`'s and the name goes on with an ASCII byte: what dropping
    /// `base`'s characters gives then, without walking them. Nil otherwise.
    static func relativePath(of path: String, base: String) -> String? {
        let count = base.utf8.count
        guard path.utf8.count > count, path.utf8.starts(with: base.utf8),
              path.utf8[path.utf8.index(path.utf8.startIndex, offsetBy: count)] < 0x80 else {
            return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : nil
        }
        return String(Substring(path.utf8.dropFirst(count)))
    }

    /// The folders among `folders` that lie inside `root` with no symbolic link on the way, so
    /// that a plain file in them is inside the site without resolving its path.
    private static func foldersWithoutLinks(_ folders: Set<String>, root: URL) -> Set<String> {
        let base = root.standardizedFileURL.path
        var known: [String: Bool] = [base: true]
        func isReal(_ folder: String) -> Bool {
            if let answer = known[folder] { return answer }
            guard folder.hasPrefix(base + "/"), let slash = folder.lastIndex(of: "/") else { return false }
            var info = stat()
            let answer = lstat(folder, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR && isReal(String(folder[..<slash]))
            known[folder] = answer
            return answer
        }
        return folders.filter { !$0.contains("/../") && !$0.contains("/./") && isReal($0) }
    }

    /// True when `url`, links followed, is a file inside the site; otherwise reports why not.
    /// Content may not reach outside the site folder (SPEC §6), not even through a link.
    static func isInside(_ url: URL, root: URL, relativePath: String, sink: DiagnosticSink) -> Bool {
        let realRoot = root.resolvingSymlinksInPath().standardizedFileURL.path
        let target = url.resolvingSymlinksInPath().standardizedFileURL.path
        guard FileManager.default.fileExists(atPath: url.path) else {
            sink.error(SourceLocation(file: relativePath), UnreadableName.isUnreadable(relativePath)
                ? UnreadableName.message : "liên kết hỏng: tệp đích không tồn tại / broken link: the target does not exist")
            return false
        }
        guard target.hasPrefix(realRoot + "/") else {
            sink.error(SourceLocation(file: relativePath),
                       "liên kết dẫn ra ngoài thư mục trang (\(target)); hãy chép tệp vào trong trang / the link leads outside the site")
            return false
        }
        return true
    }

    private static func record(_ result: Result<SourceText, Diagnostic>, sink: DiagnosticSink) -> SourceText? {
        switch result {
        case .success(let text): return text
        case .failure(let diagnostic):
            sink.report(diagnostic)
            return nil
        }
    }

    /// Media under `content/media`, relative to `content/`; a link that leads outside the site is an error.
    /// What no clerk put there on purpose (an Office lock file `~$bao-cao.docx`, `Thumbs.db`,
    /// `desktop.ini`, an editor's backup or swap file `anh.jpg~`, `bao-cao.pdf.bak`: content
    /// folders pass it over, `PassedOverName`) is no medium: it is not published.
    private static func mediaFiles(root: URL, sink: DiagnosticSink) -> [String] {
        let content = root.appending(path: "content")
        let paths = filePaths(in: content.appending(path: "media"), recursive: true, within: root)
        return paths.filter { !PassedOverName.isPassedOver(file: PathParts.name(of: $0), in: .content) }.compactMap { path in
            let url = URL(fileURLWithPath: path)
            let relative = relativePath(of: url, root: content)
            return isInside(url, root: root, relativePath: "content/\(relative)", sink: sink) ? relative : nil
        }
    }

    /// Regular files (and links to them) below a folder, hidden files skipped, sorted by path.
    /// A folder reached twice through links (a link to a parent folder) is read once. A folder
    /// that lies outside `root` once links are followed (`content/media` → `/`) is not walked:
    /// it is listed itself, for the caller to report as a link that leads out of the site.
    static func files(in folder: URL, recursive: Bool, within root: URL) -> [URL] {
        filePaths(in: folder, recursive: recursive, within: root).map { URL(fileURLWithPath: $0) }
    }

    /// `files(in:recursive:within:)` as absolute paths, made without a `URL` for each file.
    static func filePaths(in folder: URL, recursive: Bool, within root: URL) -> [String] {
        var visited = Set<String>()
        let realRoot = root.resolvingSymlinksInPath().standardizedFileURL.path
        var result: [String] = []
        collect(folder.path, recursive: recursive, realRoot: realRoot, visited: &visited, into: &result)
        return result.sorted()
    }

    private static func collect(_ folder: String, recursive: Bool, realRoot: String, visited: inout Set<String>,
                                into result: inout [String]) {
        let realFolder = URL(fileURLWithPath: folder).resolvingSymlinksInPath().standardizedFileURL.path
        guard realFolder == realRoot || realFolder.hasPrefix(realRoot + "/") else {
            if FileManager.default.fileExists(atPath: folder) { result.append(folder) }
            return
        }
        guard visited.insert(realFolder).inserted, let entries = entries(of: folder) else { return }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        for (name, type) in entries where !PassedOverName.isHidden(Substring(name)) {
            let path = prefix + name
            var isDirectory = type == DT_DIR
            if type != DT_DIR && type != DT_REG {
                var info = stat()
                guard stat(path, &info) == 0 else {
                    result.append(path)
                    continue
                }
                isDirectory = (info.st_mode & S_IFMT) == S_IFDIR
            }
            if isDirectory {
                if recursive { collect(path, recursive: true, realRoot: realRoot, visited: &visited, into: &result) }
            } else {
                result.append(path)
            }
        }
    }

    /// True when `url`, links followed, is a folder: a folder link that `files` did not walk.
    private static func isFolder(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The names in a folder with their types as the folder lists them (`DT_DIR`, `DT_REG`, or
    /// another type, links included, to be looked at further); nil when it cannot be listed.
    private static func entries(of folder: String) -> [(String, Int32)]? {
        guard let directory = opendir(folder) else { return nil }
        defer { closedir(directory) }
        var entries: [(String, Int32)] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            entries.append((name, Int32(entry.pointee.d_type)))
        }
        return entries
    }

    static func relativePath(of url: URL, root: URL) -> String {
        let base = root.standardizedFileURL.path
        let path = url.standardizedFileURL.path
        return path.hasPrefix(base + "/") ? String(path.dropFirst(base.count + 1)) : path
    }
}
