import Foundation

/// The process ids that fake engines (shell scripts standing for a PDF engine or LibreOffice)
/// note in a file, one a line, and whether each still runs.
struct NotedProcesses {
    let file: URL

    /// The ids noted so far.
    var all: [pid_t] {
        ((try? String(contentsOf: file, encoding: .utf8)) ?? "").split(separator: "\n").compactMap { pid_t($0) }
    }

    /// Waits (at most `seconds`) until `count` ids are noted; the ids noted by then.
    @discardableResult
    func wait(for count: Int, seconds: Double = 120) -> [pid_t] {
        let deadline = Date().addingTimeInterval(seconds)
        while all.count < count, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        return all
    }

    /// The ids whose process still runs after waiting (at most `seconds`) for them to end; those
    /// are then killed, so that none outlives the test.
    func stillRunning(after seconds: Double = 5) -> [pid_t] {
        let deadline = Date().addingTimeInterval(seconds)
        while all.contains(where: Self.isRunning), Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        let left = all.filter(Self.isRunning)
        left.forEach { kill($0, SIGKILL) }
        return left
    }

    /// True while `process` runs: not gone, and not a zombie left for its new parent to reap.
    static func isRunning(_ process: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(process)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        return !stat[stat.index(after: close)...].hasPrefix(" Z")
    }
}
