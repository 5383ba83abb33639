import XCTest

/// A former scale edited (`rubrics/2020.yaml`, judging 2020–2022): the pages of its years follow,
/// the incremental build equals a clean one, and the pages of today's years that name their scale
/// (the bulletins printing the 2023 and 2024 rankings) are not made again.
final class IncrementalFormerRubricTests: XCTestCase {
    func testEditingAFormerScaleRendersOnlyThePagesOfItsYears() throws {
        let outcome = try assertIncrementalEqualsClean("former-rubric", edit: { site in
            try site.replace("{ id: tot, name: Hoàn thành tốt nhiệm vụ, min: 80 }",
                             with: "{ id: tot, name: Hoàn thành tốt nhiệm vụ (thang cũ), min: 80 }", in: "content/rubrics/2020.yaml")
        })
        let changed = Set(outcome.after.changed(since: outcome.before))
        for file in ["xep-hang/2021/index.html", "xep-hang/2021/bang-xep-hang.csv", "ban-tin/2021-12/index.html",
                     "ban-tin/2022-12/index.html", "chi-bo/binh-minh/index.html"] {
            XCTAssertTrue(changed.contains(file), "\(file) shows a level of the former scale: \(changed.sorted())")
        }
        let wholeSite = IncrementalSite.portalWholeSitePages.union([
            "xep-hang/2021/index.html", "xep-hang/2022/index.html", "luu-tru/2021/index.html", "luu-tru/2022/index.html"])
        XCTAssertTrue(wholeSite.isSubset(of: Set(outcome.after.paths)), "\(wholeSite.subtracting(outcome.after.paths))")
        let branchPages = outcome.after.paths.filter { $0.hasPrefix("chi-bo/") && $0 != "chi-bo/index.html" && $0.hasSuffix("/index.html") }
        XCTAssertEqual(branchPages.count, 5)
        let formerBulletins: Set<String> = ["ban-tin/2021-12/index.html", "ban-tin/2022-12/index.html"]
        XCTAssertEqual(outcome.report.rendered, wholeSite.union(branchPages).union(formerBulletins).count,
                       "the whole-site pages, the branches' histories and the bulletins of 2021 and 2022; "
                       + "not ban-tin/2023-12 nor ban-tin/2024-12, whose rankings today's scale judges")
    }
}
