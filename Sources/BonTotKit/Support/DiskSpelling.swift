import Foundation

/// A folder named with Vietnamese letters is spelled in one of two ways on disk: precomposed, as a
/// Windows keyboard types it, or decomposed, as a Mac (or an archive made on one) keeps it. Linux
/// takes the two for different names, so `path: "../Xã Bình Minh"` typed in `site.yaml` does not
/// open the folder a Mac copied beside it, though both show the same letters. This finds the
/// folder as the disk spells it: a unit's `path:`, the folders typed after `--site` and
/// `--units-from`, and the folder `bontot init` is given.
public enum DiskSpelling {
    /// `url` when something is there; otherwise the same path with each component that is
    /// missing replaced by the entry of its folder spelling the same letters the other way (Swift
    /// compares strings by their letters, `"ã" == "a\u{303}"`); `url` when none does.
    public static func existing(_ url: URL) -> URL {
        let manager = FileManager.default
        guard url.isFileURL, !manager.fileExists(atPath: url.path) else { return url }
        var resolved = URL(fileURLWithPath: "/")
        for component in url.pathComponents.dropFirst() {
            let next = resolved.appending(path: component)
            if manager.fileExists(atPath: next.path) {
                resolved = next
                continue
            }
            guard let entries = try? manager.contentsOfDirectory(atPath: resolved.path),
                  let twin = entries.first(where: { $0 == component }) else { return url }
            resolved = resolved.appending(path: twin)
        }
        return resolved
    }
}
