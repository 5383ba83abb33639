import Foundation
import BonTotKit

/// Notices edits of a site: the system tells of changes in its folders (`FolderEvents`), and
/// then the size and modification time of every file a build reads (`PortalFiles`: `site.yaml`,
/// `content/` and `templates/`, of the site and of every unit it lists) say whether one
/// changed. Every file is also looked at now and then without being told (`fullLookInterval`),
/// for what the system does not tell: an edit made on another computer of a shared folder, a
/// file behind a link. Where the system tells nothing, every file is looked at each interval. A
/// change is reported once the files have stopped changing for one interval, so a save that
/// writes several files triggers one build.
struct SiteWatcher: Sendable {
    let root: URL
    let interval: Duration
    let fullLookInterval: Duration
    /// The files as the first build found them, taken before it read them: a file saved while
    /// it ran is a change, seen at the first interval.
    let read: PortalFiles

    /// The home page of the built output: should it go missing (`output/` deleted while serving,
    /// to start clean), the site is built again, not left missing until the next save.
    let home: URL

    /// Calls `changed` after each settled change, and when the built home went missing, until
    /// the task is cancelled.
    func watch(changed: @Sendable () async -> Void) async {
        var watching = SiteWatching(root: root, fullLookEvery: Int(fullLookInterval / interval), since: read)
        var built = isBuilt
        while !Task.isCancelled {
            try? await Task.sleep(for: interval)
            if Task.isCancelled { return }
            let vanished = built && !isBuilt
            if watching.tick() || vanished {
                await changed()
            }
            built = isBuilt
        }
    }

    private var isBuilt: Bool { FileManager.default.fileExists(atPath: home.path) }
}

/// What the watcher knows between two intervals, and what it does at each (`tick`).
struct SiteWatching {
    let root: URL
    /// Every file is looked at after this many intervals without news of a change.
    let fullLookEvery: Int
    /// Nil where the system tells of no change: then every file is looked at each interval.
    private var events: FolderEvents?
    /// The files as the last build read them.
    private var last: PortalFiles
    /// The files as last seen while they are changing: a change not yet settled.
    private var changing: PortalFiles?
    private var intervalsWithoutNews = 0
    /// How many times every file was looked at (for tests).
    private(set) var fullLooks = 0

    /// Watches from now on the files as they are now or, when given, as `read` (taken earlier,
    /// before a build read them): then the first interval looks at every file, for a change
    /// made before the system was told to watch.
    init(root: URL, fullLookEvery: Int, events: Bool = true, since read: PortalFiles? = nil) {
        self.root = root
        self.fullLookEvery = max(1, fullLookEvery)
        self.events = events ? FolderEvents.watching(WatchedFolders(root: root)) : nil
        last = read ?? PortalFiles(root: root)
        if read != nil { intervalsWithoutNews = self.fullLookEvery }
    }

    /// True when the system tells of changes (false: every file is looked at each interval).
    var isTold: Bool { events != nil }

    /// One interval's look; true when a change has settled and the site should be built.
    mutating func tick() -> Bool {
        guard let seen = changing else {
            if let events {
                intervalsWithoutNews += 1
                let told = events.changed()
                guard told || intervalsWithoutNews >= fullLookEvery else { return false }
                // A folder made empty changes no file, and what is then saved in it must be told.
                if told { watchNewFolders() }
            }
            intervalsWithoutNews = 0
            let now = look()
            if now != last {
                changing = now
                watchNewFolders()
            }
            return false
        }
        _ = events?.changed()
        watchNewFolders()
        let now = look()
        guard now == seen else {
            changing = now
            return false
        }
        last = now
        changing = nil
        return true
    }

    private mutating func look() -> PortalFiles {
        fullLooks += 1
        return PortalFiles(root: root)
    }

    /// Folders made (or units listed) since the last look are watched from now on; should the
    /// system refuse, every file is looked at each interval from now on.
    private mutating func watchNewFolders() {
        if let events, !events.watch(WatchedFolders(root: root)) { self.events = nil }
    }
}
