import XCTest

/// The title renamed in a rubric (`four_good.title`): an incremental build makes again every page
/// and file that names it, and gives what a clean build gives.
final class IncrementalFourGoodTitleTests: XCTestCase {
    func testRenamingTheBranchTitleRemakesWhatShowsIt() throws {
        let outcome = try assertIncrementalEqualsClean(edit: { site in
            try site.replace("four_good:\n", with: "four_good:\n  title: Chi bộ trong sạch, vững mạnh\n", in: "content/rubric.yaml")
        })
        let changed = Set(outcome.after.changed(since: outcome.before))
        for file in ["index.html", "xep-hang/index.html", "xep-hang/2024/index.html", "xep-hang/bang-xep-hang.csv",
                     "luu-tru/index.html", "luu-tru/2024/index.html", "chi-bo/ap-bac/index.html", "ban-tin/2024-12/index.html"] {
            XCTAssertTrue(changed.contains(file), "\(file) names the title: \(changed.sorted())")
        }
        XCTAssertTrue(outcome.after.text("chi-bo/ap-bac/index.html")?.contains("Chi bộ trong sạch, vững mạnh") == true)
    }

    func testRenamingTheUnitTitleRemakesTheDistrictsPages() throws {
        let outcome = try assertIncrementalEqualsClean("district", edit: { site in
            try site.replace("four_good: { min_share_each", with: "four_good: { title: Đảng bộ trong sạch, min_share_each",
                             in: "content/unit-rubric.yaml")
        })
        let changed = Set(outcome.after.changed(since: outcome.before))
        for file in ["index.html", "xep-hang-don-vi/index.html", "xep-hang-don-vi/2024/index.html",
                     "xep-hang-don-vi/bang-xep-hang.csv", "luu-tru/2024/index.html", "ban-tin/2024-12/index.html"] {
            XCTAssertTrue(changed.contains(file), "\(file) names the units' title: \(changed.sorted())")
        }
        XCTAssertTrue(outcome.after.text("xep-hang-don-vi/index.html")?.contains("“Đảng bộ trong sạch”") == true)
    }
}
