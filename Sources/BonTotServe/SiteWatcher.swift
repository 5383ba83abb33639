import Foundation
import BonTotKit

/// Notices edits of a site by looking, every so often, at the size and modification time of
/// every file a build reads (`PortalFiles`: `site.yaml`, `content/` and `templates/`, of the
/// site and of every unit it lists): portable, and enough for a preview. A change is reported
/// once the files have stopped changing for one interval, so a save that writes several files
/// triggers one build.
struct SiteWatcher: Sendable {
    let root: URL
    let interval: Duration

    /// The watched files as they are now.
    func snapshot() -> PortalFiles {
        PortalFiles(root: root)
    }

    /// Calls `changed` after each settled change, until the task is cancelled.
    func watch(changed: @Sendable () async -> Void) async {
        var last = snapshot()
        while !Task.isCancelled {
            try? await Task.sleep(for: interval)
            var now = snapshot()
            guard now != last else { continue }
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                let settled = snapshot()
                if settled == now { break }
                now = settled
            }
            if Task.isCancelled { return }
            last = now
            await changed()
        }
    }
}
