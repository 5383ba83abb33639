import Foundation

/// Diagnostics found by workers running on several threads at once, each for the item of its
/// index, reported afterwards in the items' order so that a build's messages do not depend on
/// which thread finished first.
final class IndexedDiagnostics: @unchecked Sendable {
    private let lock = NSLock()
    private var found: [(index: Int, entries: [Diagnostic])] = []

    /// Records what the item at `index` gave; nothing is kept for none.
    func set(_ index: Int, _ entries: [Diagnostic]) {
        guard !entries.isEmpty else { return }
        lock.withLock { found.append((index, entries)) }
    }

    /// Every item's diagnostics, in the items' order.
    var inOrder: [[Diagnostic]] {
        lock.withLock { found.sorted { $0.index < $1.index }.map(\.entries) }
    }
}
