@testable import BonTotKit
import Foundation
import XCTest

/// A minutes saved again while a rebuild runs (`bontot serve` rebuilding as the office goes on
/// typing): the rebuild took the minutes' front matter from the decode cache and reads its body
/// from the end of the file only when the page is rendered (`StoredText`). The page would show
/// the new body under the old fields; instead the build fails at that file, the published site
/// stays byte for byte, and the next build shows the new text.
final class FileSavedDuringBuildTests: XCTestCase {
    static let minutes = "content/minutes/2024/ap-bac-2024-08.md"
    static let page = "sinh-hoat/ap-bac-2024-08/index.html"

    func testAMinutesSavedBetweenLoadAndRenderFailsTheBuildAndKeepsTheOutput() throws {
        let site = try IncrementalSite.make(for: self)
        try site.write(Self.minutes, try site.read(Self.minutes) + "\nCâu cũ của biên bản.\n")
        // Long enough for the files' stamps to be settled (`FileStamp.settling`) when the build
        // writes its cache, so that the rebuild takes the minutes from it, body at the file's end.
        Thread.sleep(forTimeInterval: Double(BonTotKit.FileStamp.settling) + 1.2)
        XCTAssertTrue(site.build().succeeded)
        let before = OutputTree(site.output)
        XCTAssertTrue(before.text(Self.page)?.contains("Câu cũ của biên bản.") == true)

        // The minutes' page is rendered again (its template changed), and reads the body.
        let template = try IncrementalSite.builtInTemplate("minutes")
        try site.write("templates/minutes.mustache", template.replacingOccurrences(of: "<article", with: "<article data-mau"))
        var options = BuildOptions(siteRoot: site.root)
        options.afterLoading = {
            try? site.replace("Câu cũ của biên bản.", with: "Câu mới, lưu trong khi đang dựng.", in: Self.minutes)
        }
        let failed = SiteBuilder.build(options)
        XCTAssertFalse(failed.succeeded)
        let errors = failed.diagnostics.sorted.filter { $0.severity == .error }
        XCTAssertEqual(errors.map(\.location.file), [Self.minutes], failed.problems)
        XCTAssertTrue(errors.first?.message.contains("đã thay đổi trong khi đang dựng trang; hãy dựng lại") == true, failed.problems)
        XCTAssertEqual(failed.changedDuringBuild, [Self.minutes], "serve builds again at once")
        assertSameTree(OutputTree(site.output), before, "the output after a build that read a file saved meanwhile")
        assertNothingLeftBeside(site)

        let next = site.build()
        XCTAssertTrue(next.succeeded, next.problems)
        let page = try XCTUnwrap(OutputTree(site.output).text(Self.page))
        XCTAssertTrue(page.contains("Câu mới, lưu trong khi đang dựng."), "the next build shows the new text")
        XCTAssertFalse(page.contains("Câu cũ"))
        XCTAssertTrue(page.contains("<article data-mau"))
    }

    func testAContentErrorIsNoFileChangedDuringTheBuild() throws {
        let site = try IncrementalSite.make(for: self)
        try site.replace("branch: ap-bac\n", with: "branch: ap-bacc\n", in: Self.minutes)
        let failed = site.build()
        XCTAssertFalse(failed.succeeded)
        XCTAssertEqual(failed.changedDuringBuild, [], "serve reports it, and waits for the next save")
    }
}
