import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The size and time of every file a build of a portal reads: `site.yaml`, `content/` and
/// `templates/` of the site and of every unit it lists, however deep. Two equal values mean
/// nothing a build reads has changed: what the preview server watches, and (for one site)
/// what a district's unit snapshot is kept for.
public struct PortalFiles: Equatable, Sendable {
    /// Absolute path → stamp.
    private var stamps: [String: FileStamp] = [:]

    /// The files of the portal at `root` as they are now. Units are found in each `site.yaml`
    /// as it is now, so a unit added to the list is watched from then on.
    public init(root: URL) {
        for folder in Self.siteFolders(of: root) {
            for (path, stamp) in Self.stamps(root: folder) { stamps[folder.path + "/" + path] = stamp }
        }
    }

    /// The folder of the portal at `root` and those of its units, however deep, each once.
    static func siteFolders(of root: URL) -> [URL] {
        var pending = [root.standardizedFileURL]
        var visited = Set<String>()
        var folders: [URL] = []
        while let folder = pending.popLast() {
            guard visited.insert(folder.resolvingSymlinksInPath().standardizedFileURL.path).inserted else { continue }
            folders.append(folder)
            pending += Self.unitFolders(of: folder)
        }
        return folders
    }

    /// The folders of the units the `site.yaml` in `folder` lists; none when it cannot be read.
    static func unitFolders(of folder: URL) -> [URL] {
        let path = folder.appending(path: "site.yaml").path
        guard case .bytes(let data) = FileBytes.read(path, limit: ContentLimits.textFileBytes),
              case .success(let file) = SourceText.decode(data, relativePath: "site.yaml") else { return [] }
        let sink = DiagnosticSink()
        guard let node = YAMLDocument.parse(file, sink: sink),
              let config = SiteConfigDecoder.decode(node, path: file.path, sink: sink) else { return [] }
        return config.units.map { $0.folder(in: folder) }
    }

    /// The size and time of every file of the site at `root` that a build reads (symbolic links
    /// followed), by path inside the site.
    static func stamps(root: URL) -> [String: FileStamp] {
        var stamps: [String: FileStamp] = [:]
        let base = root.standardizedFileURL.path
        if let stamp = FileStamp(path: base + "/site.yaml") { stamps["site.yaml"] = stamp }
        walk(root, statingFiles: true) { path, info in
            if let info { stamps[path] = FileStamp(info) }
        }
        return stamps
    }

    /// Walks `content/` and `templates/` of the site at `root`, however deep, following symbolic
    /// links to folders inside the site (a folder link out of it, `content/media` → `/`, is not
    /// walked: the load reports it), each folder once, passing over what no build reads
    /// (`PassedOverName`: hidden entries, an editor's autosave, the theme's Swift source), so
    /// saving such a file changes nothing the preview server rebuilds for. Calls `visit` with the
    /// path inside the site of each file and what `stat` tells of it (nil without `statingFiles`,
    /// when the folder says the entry is a plain file), and `enter` with each folder's path
    /// before its files.
    static func walk(_ root: URL, statingFiles: Bool, enter: (String) -> Void = { _ in },
                     visit: (String, stat?) -> Void) {
        let base = root.standardizedFileURL.path
        let realRoot = root.resolvingSymlinksInPath().standardizedFileURL.path
        var pending = ["content", "templates"]
        var visited = Set<String>()
        while let folder = pending.popLast() {
            guard let directory = opendir(base + "/" + folder) else { continue }
            defer { closedir(directory) }
            enter(folder)
            while let entry = readdir(directory) {
                let name = withUnsafePointer(to: entry.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
                }
                // Hidden entries: no folder of a site lists them (`SiteReader.filePaths`).
                if PassedOverName.isHidden(Substring(name)) { continue }
                let path = folder + "/" + name
                if !statingFiles, entry.pointee.d_type == UInt8(DT_REG) {
                    if !PassedOverName.isPassedOver(sitePath: path) { visit(path, nil) }
                    continue
                }
                var info = stat()
                guard stat(base + "/" + path, &info) == 0 else { continue }
                if (info.st_mode & S_IFMT) == S_IFDIR {
                    let real = URL(fileURLWithPath: base + "/" + path).resolvingSymlinksInPath().standardizedFileURL.path
                    guard real.hasPrefix(realRoot + "/") else { continue }
                    if visited.insert("\(info.st_dev):\(info.st_ino)").inserted { pending.append(path) }
                } else if !PassedOverName.isPassedOver(sitePath: path) {
                    visit(path, info)
                }
            }
        }
    }
}
