@testable import BonTotKit
@testable import BonTotServe
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import XCTest

/// `bontot serve` stopped while it rebuilds and LibreOffice converts a score sheet: it waited
/// for the rebuild, and the rebuild for LibreOffice to end on its own (minutes), whenever the
/// Ctrl-C was taken by the signalfd of the server's signal handling before bontot's handler saw
/// it; and an engine the rebuild started after the Ctrl-C ran to its end too. Now the one running
/// is stopped at once, and the one asked for after is not started. Here the server's task is cancelled, which stops it as Ctrl-C does, without a signal
/// (which would reach the whole test process); two `sleep`s, each noting its process id first,
/// stand for LibreOffice.
final class ServeStopsEnginesTests: SiteCopyTestCase {
    func testStoppingServeWhileItRebuildsStopsTheEngineRunningAndTheOneStartedAfter() async throws {
        let root = try copyOfFixture("minimal")
        let handlers = SignalHandlers()
        defer { handlers.restore() }
        let engines = Engines()
        let started = NotedProcesses(file: root.deletingLastPathComponent().appending(path: "started"))
        let engine = ["-c", "echo $$ >> '\(started.file.path)'; exec sleep 30"]
        var options = PreviewOptions(siteRoot: root, port: try ServeCommandTests.freePort())
        options.pollInterval = .milliseconds(100)
        let server = PreviewServer(options: options, say: { _ in }) { options in
            if engines.countBuild() == 2 {
                for _ in 0..<2 {
                    engines.ended(try? ChildProcess.run(URL(fileURLWithPath: "/bin/sh"), arguments: engine, environment: [:], timeout: 120))
                }
            }
            return SiteBuilder.build(options)
        }
        let serving = Task { try await server.run() }
        // Generous bounds for a debug build on a busy machine, not timing assertions.
        let deadline = Date().addingTimeInterval(120)
        while ServeCommandTests.answer(options.address) == nil, Date() < deadline {
            try await Task.sleep(for: .milliseconds(200))
        }
        // Saved once: the watcher took the files before the first build, so it sees the save
        // however late it starts. (Saving again every 300 ms until it rebuilt could keep the
        // files from ever settling on a busy machine that ran the watcher's looks further apart.)
        try append("\nChi bộ họp bất thường.\n", to: root.appending(path: "content/minutes/2024/ap-1-2024-09.md"))
        // Stopped once the rebuild's first engine runs: stopped as soon as the rebuild began, on
        // a busy machine, the server could come before that engine started, and start neither.
        while started.all.isEmpty, Date() < deadline {
            try await Task.sleep(for: .milliseconds(100))
        }
        XCTAssertEqual(engines.builds, 2, "the server never rebuilt")
        XCTAssertEqual(started.all.count, 1, "the rebuild's first engine never started")
        serving.cancel()
        _ = try? await serving.value

        XCTAssertEqual(engines.statuses, [SIGTERM, nil],
                       "the engine running when the server stopped is stopped, the one the rebuild asked for after is not started")
        XCTAssertEqual(engines.stopped, [true, true], "both are told as stopped with bontot, not as failures of their own")
        XCTAssertEqual(started.all.count, 1, "an engine started after the server stopped")
        XCTAssertEqual(started.stillRunning(), [], "the engine still runs after the server stopped")
    }
}

/// How many builds the server ran, and how each engine of the rebuild ended, from its build thread.
private final class Engines: @unchecked Sendable {
    private let lock = NSLock()
    private var started = 0
    private var outcomes: [ChildProcess.Outcome?] = []

    var builds: Int { lock.withLock { started } }
    var statuses: [Int32?] { lock.withLock { outcomes.map { $0?.status } } }
    var stopped: [Bool?] { lock.withLock { outcomes.map { $0?.stoppedWithBontot } } }

    /// Counts a build starting; its number, from 1.
    func countBuild() -> Int {
        lock.withLock {
            started += 1
            return started
        }
    }

    func ended(_ outcome: ChildProcess.Outcome?) {
        lock.withLock { outcomes.append(outcome) }
    }
}
