import BonTotKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the system tells of changes in the watched folders of a site (Linux's inotify): a file
/// written, made, removed, renamed or touched there. Asking costs one system call, where looking
/// at every file of a site of 36,000 minutes took a tenth of a second of a core, three times a
/// second, for as long as `serve` ran. Nil where the system cannot tell (another system, or its
/// limit of watched folders reached): the watcher then looks at every file, as before.
final class FolderEvents {
    private let descriptor: Int32
    /// The watched folders by the number the system gave each.
    private var watched: [Int32: WatchedFolders.Folder] = [:]
    private var numbers: [String: Int32] = [:]

    /// The events that say a folder's content changed.
    #if os(Linux)
    private static let mask = UInt32(IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO
        | IN_CREATE | IN_DELETE | IN_DELETE_SELF | IN_MOVE_SELF)
    #endif

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Events of `folders` from now on; nil when the system cannot watch them all (the
    /// descriptor is closed with the object).
    static func watching(_ folders: WatchedFolders) -> FolderEvents? {
        #if os(Linux)
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        let events = FolderEvents(descriptor: descriptor)
        return events.watch(folders) ? events : nil
        #else
        return nil
        #endif
    }

    deinit {
        close(descriptor)
    }

    /// Watches `folders` from now on, and no longer those it does not hold (a folder removed, a
    /// unit taken off the list): their events are dropped. False when the system refused one
    /// (its limit reached). A folder reached by two paths (a link) has one watch, whose events
    /// are those of the last path listed.
    func watch(_ folders: WatchedFolders) -> Bool {
        #if os(Linux)
        var kept: [String: Int32] = [:]
        watched = [:]
        for folder in folders.folders {
            var number = numbers[folder.path] ?? -1
            if number < 0 {
                number = inotify_add_watch(descriptor, folder.path, Self.mask)
                if number < 0 {
                    // A folder gone since it was listed is no failure; the next change lists again.
                    if errno == ENOENT || errno == ENOTDIR { continue }
                    return false
                }
            }
            kept[folder.path] = number
            watched[number] = folder
        }
        // The system forgets the watch of a folder removed; that of a folder still there but no
        // longer listed stays, its events dropped (its number may be shared with a listed path).
        numbers = kept
        return true
        #else
        return false
        #endif
    }

    /// True when something changed in a watched folder since the last call that a build reads:
    /// anything under `content/` or `templates/`, and in a site's own folder only `site.yaml`,
    /// `content` and `templates` (a build writing `output/` and its cache there is no change).
    /// Reads every event waiting, without waiting for more.
    func changed() -> Bool {
        #if os(Linux)
        var noticed = false
        let size = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
        defer { buffer.deallocate() }
        while true {
            let count = read(descriptor, buffer, size)
            if count <= 0 {
                if count < 0 && errno == EINTR { continue }
                break
            }
            var offset = 0
            while offset + 16 <= count {
                let number = buffer.loadUnaligned(fromByteOffset: offset, as: Int32.self)
                let flags = buffer.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
                let length = Int(buffer.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                let name = length == 0 ? "" : String(cString: (buffer + offset + 16).assumingMemoryBound(to: CChar.self))
                if Self.matters(flags: flags, name: name, in: watched[number]) { noticed = true }
                // A folder moved away takes its watch along, out of the site; one removed loses it.
                if flags & UInt32(IN_MOVE_SELF) != 0 {
                    inotify_rm_watch(descriptor, number)
                    forget(number)
                } else if flags & UInt32(IN_IGNORED) != 0 {
                    forget(number)
                }
                offset += 16 + length
            }
        }
        return noticed
        #else
        return true
        #endif
    }

    /// Forgets the watch `number` (its folder removed or moved away): a folder made again at the
    /// same path gets a new one at the next `watch`.
    private func forget(_ number: Int32) {
        watched[number] = nil
        numbers = numbers.filter { $0.value != number }
    }

    /// True when an event on `name` in `folder` (nil: a folder no longer watched) can change a
    /// build. An editor's autosave, backup or swap file and Office's lock file, written every few
    /// seconds beside the minutes being edited (`WatchedFolders.Folder.passesOver`), cannot: they
    /// do not set off a look at every file of the site.
    static func matters(flags: UInt32, name: String, in folder: WatchedFolders.Folder?) -> Bool {
        #if os(Linux)
        // Events were lost (the queue overflowed): anything may have changed.
        if flags & UInt32(IN_Q_OVERFLOW) != 0 { return true }
        guard let folder else { return false }
        // The watched folder itself: a site's folder matters when moved or removed.
        if name.isEmpty { return !folder.isSiteRoot || flags & UInt32(IN_DELETE_SELF | IN_MOVE_SELF) != 0 }
        return !folder.passesOver(name, isFolder: flags & UInt32(IN_ISDIR) != 0)
        #else
        return folder != nil
        #endif
    }
}
