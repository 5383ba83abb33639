import XCTest

/// A branch renamed: every page (and CSV) that shows its name changes, and the incremental
/// build equals a clean one, byte for byte.
final class IncrementalBranchEditTests: XCTestCase {
    func testABranchRenamedChangesEveryPageThatShowsIt() throws {
        let old = "Chi bộ ấp Bình Minh", new = "Chi bộ ấp Rạng Đông"
        let outcome = try assertIncrementalEqualsClean(edit: { site in
            try site.replace("name: \(old)\n", with: "name: \(new)\n", in: "content/branches/binh-minh.yaml")
        })
        let showing = outcome.before.files(containing: old)
        XCTAssertGreaterThan(showing.count, 10, "the fixture shows the branch on many pages")
        XCTAssertEqual(outcome.after.files(containing: old), [], "the old name is gone everywhere")
        XCTAssertEqual(outcome.after.files(containing: new), showing, "the new name is where the old one was")
        let changed = Set(outcome.after.changed(since: outcome.before))
        XCTAssertEqual(showing.filter { !changed.contains($0) }, [], "every file showing the name was rewritten")
    }
}
