import Foundation

/// What to tell a clerk whose unit's folder does not exist, most often a commune's folder renamed
/// (`units/binh-an` now `units/binh-an-moi`): the folder beside where it was that holds a site no
/// entry lists, as the path to write in `site.yaml`. The one most like it by name is named, or,
/// when none is close, the one whose name begins with the other, or the only such folder there is.
enum MissingUnitFolder {
    /// " (có phải 'units/binh-an-moi'? / did you mean …?)", or an empty string when the folder
    /// that would hold it is missing too or holds no unlisted site. `taken`: the canonical paths
    /// of the folders already listed, of the site itself and of the sites above it.
    static func hint(for reference: UnitReference, root: URL, taken: Set<String>) -> String {
        let written = reference.path.split(separator: "/", omittingEmptySubsequences: false)
            .reversed().drop { $0.isEmpty }.reversed()
        guard let name = written.last.map(String.init), name != "..", name != "." else { return "" }
        let prefix = written.dropLast().map { $0 + "/" }.joined()
        let parent = reference.folder(in: root).deletingLastPathComponent()
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: parent.path) else { return "" }
        let sites = names.sorted().filter { candidate in
            guard !candidate.hasPrefix(".") else { return false }
            let folder = parent.appending(path: candidate)
            var isFolder: ObjCBool = false
            return manager.fileExists(atPath: folder.path, isDirectory: &isFolder) && isFolder.boolValue
                && manager.fileExists(atPath: folder.appending(path: "site.yaml").path)
                && !taken.contains(PortalLoader.canonical(folder))
        }
        // A name lengthened or shortened (`xa-c` now `xa-c-moi`) is far by edit distance: the one
        // folder that begins with the other name is the renamed one, whatever else lies there.
        let lengthened = sites.filter { $0.hasPrefix(name) || name.hasPrefix($0) }
        guard let match = Suggestion.closest(to: name, among: sites) ?? (lengthened.count == 1 ? lengthened.first : nil)
                ?? (sites.count == 1 ? sites.first : nil) else { return "" }
        let path = prefix + match
        return " (có phải '\(path)'? / did you mean '\(path)'?)"
    }
}
