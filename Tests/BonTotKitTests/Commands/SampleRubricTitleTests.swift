import BonTotKit
import Foundation
import XCTest

/// The sample site of `bontot new` shows a clerk the title's field: its rubric's `four_good` has
/// `title` commented out (the default "Chi bộ 4 tốt" then), which, the `#` taken away, names the title.
final class SampleRubricTitleTests: FolderTestCase {
    func testTheSampleRubricsCommentedTitleNamesTheTitleOnceTakenIn() throws {
        _ = try SampleSite.write(to: folder)
        XCTAssertNil(SiteLoader.load(root: folder).site?.rubric.fourGood.title, "commented out, the default names the title")
        let rubric = folder.appending(path: "content/rubric.yaml")
        let text = try String(contentsOf: rubric, encoding: .utf8)
        XCTAssertTrue(text.contains("  # title: "), text)
        try text.replacingOccurrences(of: "  # title: ", with: "  title: ").write(to: rubric, atomically: true, encoding: .utf8)
        let loaded = SiteLoader.load(root: folder)
        XCTAssertEqual(loaded.diagnostics.errorCount, 0, loaded.diagnostics.sorted.map(\.description).joined(separator: "\n"))
        XCTAssertEqual(loaded.site?.rubric.fourGood.title, "Chi bộ trong sạch, vững mạnh")
    }
}
