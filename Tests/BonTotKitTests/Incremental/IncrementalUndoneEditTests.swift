import BonTotKit
import Foundation
import XCTest

/// A clerk types a wrong topic, builds, sees the mistake, undoes it and builds again: the pages
/// go back to what they were two builds ago, taken from the spare output kept beside the
/// published one. The last line still says what changed in the published site, not "0 trang".
final class IncrementalUndoneEditTests: XCTestCase {
    func testAnEditUndoneIsCountedAsPagesMadeAndFilesWritten() throws {
        let site = try IncrementalSite.make(for: self)
        let file = "content/minutes/2024/ap-bac-2024-09.md"
        let original = try site.read(file)
        XCTAssertTrue(site.build().succeeded)
        XCTAssertEqual(site.build().rendered, 0, "nothing changed: the spare now holds the first output")

        try site.replace("topic: Cải tạo điểm đen rác thải ngõ 15", with: "topic: Chủ đề gõ nhầm", in: file)
        let mistaken = site.build()
        XCTAssertTrue(mistaken.succeeded, mistaken.problems)
        let before = OutputTree(site.output)
        XCTAssertFalse(before.files(containing: "Chủ đề gõ nhầm").isEmpty)

        try site.write(file, original)
        let undone = site.build()
        XCTAssertTrue(undone.succeeded, undone.problems)
        let after = OutputTree(site.output)
        XCTAssertEqual(after.files(containing: "Chủ đề gõ nhầm"), [], "the mistake is gone from the published site")
        let changed = after.changed(since: before)
        XCTAssertFalse(changed.isEmpty)
        XCTAssertEqual(undone.files, changed.count, "'ghi N tệp' counts the files whose bytes changed: \(changed)")
        XCTAssertGreaterThanOrEqual(undone.rendered, changed.filter { $0.hasSuffix(".html") }.count,
                                    "'Đã dựng N/… trang' counts every page that changed")
        XCTAssertFalse(undone.pagesSentence.hasPrefix("Đã dựng 0/"), undone.pagesSentence)

        let again = site.build()
        XCTAssertEqual(again.rendered, 0, "a build with no change after it says nothing changed")
        XCTAssertEqual(again.files, 0)
    }
}
