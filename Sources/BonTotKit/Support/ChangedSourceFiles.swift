import Foundation

/// The source files found changed when a page read the body kept at their end (`StoredText`'s
/// file tail): the file is no longer the one whose front matter the build took from the decode
/// cache, so its page would show the new body under the old fields. One per decode cache; the
/// build reports each file as an error and publishes nothing (SPEC §6), and the next build,
/// which finds the file changed, decodes it anew.
final class ChangedSourceFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var files: Set<String> = []

    /// Notes that the file at `file` (relative to its site's folder) changed since it was loaded.
    func record(_ file: String) {
        _ = lock.withLock { files.insert(file) }
    }

    /// The files found changed, by path.
    var all: [String] {
        lock.withLock { files.sorted() }
    }
}
