import XCTest

/// The rubric and `site.yaml` edited: the incremental build equals a clean one, byte for byte.
final class IncrementalSettingsEditTests: XCTestCase {
    func testACriterionOfTheRubricRenamed() throws {
        let outcome = try assertIncrementalEqualsClean(edit: { site in
            try site.replace("name: Chất lượng sinh hoạt tốt,", with: "name: Chất lượng sinh hoạt chi bộ tốt,", in: "content/rubric.yaml")
        })
        XCTAssertGreaterThan(outcome.after.files(containing: "Chất lượng sinh hoạt chi bộ tốt").count, 0, "the rubric's names show on the rankings")
    }

    func testTheSiteTitleChangedRendersEveryPage() throws {
        let outcome = try assertIncrementalEqualsClean(edit: { site in
            try site.replace("title: Cổng thông tin Đảng bộ xã Hòa Thuận", with: "title: Trang tin Đảng bộ xã Hòa Thuận", in: "site.yaml")
        }, renders: .all)
        XCTAssertEqual(outcome.after.files(containing: "Cổng thông tin Đảng bộ xã Hòa Thuận"), [])
        XCTAssertLessThan(outcome.report.files, outcome.after.paths.count, "the stylesheets, CSVs and media are not written again")
    }
}
