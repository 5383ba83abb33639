@testable import BonTotKit
@testable import BonTotServe
import Foundation
import XCTest

/// `bontot serve` rebuilding while the office goes on saving: a rebuild that failed only because
/// a minutes was saved again while it ran says so in one line and builds again at once, so the
/// preview shows the text just saved, not the errors of a build that read it half way.
final class PreviewRebuildRetryTests: XCTestCase {
    static let minutes = "content/minutes/2024/ap-bac-2024-08.md"
    static let page = "sinh-hoat/ap-bac-2024-08/index.html"

    func testAMinutesSavedDuringARebuildIsBuiltAgainOnceAndPreviewedWithItsNewText() async throws {
        let site = try IncrementalSite.make(for: self)
        try site.write(Self.minutes, try site.read(Self.minutes) + "\nCâu cũ của biên bản.\n")
        // Long enough for the files' stamps to be settled when the build writes its cache, so
        // that the rebuild takes the minutes from it and reads its body only to render its page.
        try await Task.sleep(for: .milliseconds(BonTotKit.FileStamp.settling * 1000 + 1200))
        XCTAssertTrue(site.build().succeeded)
        // The minutes' page is rendered again (its template changed), and reads the body.
        let template = try IncrementalSite.builtInTemplate("minutes")
        try site.write("templates/minutes.mustache", template.replacingOccurrences(of: "<article", with: "<article data-mau"))

        let said = SaidLines()
        let server = PreviewServer(options: PreviewOptions(siteRoot: site.root, output: site.output), say: said.append) { options in
            var options = options
            if said.countBuild() == 1 {
                // The office saves the minutes once the first rebuild has loaded the site.
                options.afterLoading = {
                    try? site.replace("Câu cũ của biên bản.", with: "Câu mới, lưu trong khi đang dựng.", in: Self.minutes)
                }
            }
            return SiteBuilder.build(options)
        }
        await server.build(first: false)

        XCTAssertEqual(said.builds, 2, "one build again, no more")
        let lines = said.lines
        XCTAssertEqual(lines.filter { $0.contains("trong khi đang dựng") },
                       ["Tệp \(Self.minutes) vừa được lưu trong khi đang dựng; dựng lại."], "\(lines)")
        XCTAssertFalse(lines.contains { $0.contains("error:") || $0.hasPrefix("Dựng không thành công") }, "\(lines)")
        XCTAssertTrue(lines.last?.hasPrefix("Đã dựng ") == true, "\(lines)")
        let page = try XCTUnwrap(OutputTree(site.output).text(Self.page))
        XCTAssertTrue(page.contains("Câu mới, lưu trong khi đang dựng."), "the preview shows the text just saved")
        XCTAssertFalse(page.contains("Câu cũ"))
        XCTAssertTrue(page.contains("<article data-mau"))
    }
}

/// What the server said, and how many builds it ran, from the threads it runs them on.
private final class SaidLines: @unchecked Sendable {
    private let lock = NSLock()
    private var said: [String] = []
    private var started = 0

    var lines: [String] { lock.withLock { said } }
    var builds: Int { lock.withLock { started } }

    @Sendable func append(_ line: String) {
        lock.withLock { said.append(line) }
    }

    /// Counts a build starting; its number, from 1.
    func countBuild() -> Int {
        lock.withLock {
            started += 1
            return started
        }
    }
}
