@testable import BonTotKit
@testable import BonTotServe
import Foundation
import XCTest

/// `bontot serve` started on a large site takes a while to build it before it serves and
/// watches; an office saving a minutes meanwhile expects to see it. The watcher took the files
/// as they were once the first build was done, the save included, so it never built again: the
/// preview showed the minutes as the build had read them until the next save. (On a busy
/// machine a save made just after the first page was served was lost the same way.)
final class SaveDuringFirstBuildTests: SiteCopyTestCase {
    func testAMinutesSavedWhileTheFirstBuildRunsIsBuiltAndServed() async throws {
        let root = try copyOfFixture("portal")
        let handlers = SignalHandlers()
        defer { handlers.restore() }
        let minutes = root.appending(path: "content/minutes/2024/ap-bac-2024-09.md")
        let saved = "Chi bộ thống nhất nạo vét kênh Ba Lăng."
        let edited = try String(contentsOf: minutes, encoding: .utf8) + "\n\(saved)\n"
        let builds = BuildCount()
        var options = PreviewOptions(siteRoot: root, port: try ServeCommandTests.freePort())
        options.pollInterval = .milliseconds(100)
        let server = PreviewServer(options: options, say: { _ in }) { build in
            var build = build
            if builds.next() == 1 {
                // The office saves the minutes once the first build has read the site.
                build.afterLoading = { try? Data(edited.utf8).write(to: minutes) }
            }
            return SiteBuilder.build(build)
        }
        let serving = Task { try await server.run() }
        let page = options.output.appending(path: Router().file(.minutes("ap-bac-2024-09")))
        let shows = { ((try? String(contentsOf: page, encoding: .utf8)) ?? "").contains(saved) }
        // A generous bound for a debug build on a busy machine, not a timing assertion.
        let deadline = Date().addingTimeInterval(120)
        while !shows(), Date() < deadline {
            try await Task.sleep(for: .milliseconds(200))
        }
        serving.cancel()
        _ = try? await serving.value
        XCTAssertTrue(shows(), "the minutes saved during the first build never reached the preview (\(builds.count) builds)")
        XCTAssertEqual(builds.count, 2, "one build more for the save")
    }
}

/// How many builds the server ran, from its build thread.
private final class BuildCount: @unchecked Sendable {
    private let lock = NSLock()
    private var started = 0

    var count: Int { lock.withLock { started } }

    /// Counts a build starting; its number, from 1.
    func next() -> Int {
        lock.withLock {
            started += 1
            return started
        }
    }
}
