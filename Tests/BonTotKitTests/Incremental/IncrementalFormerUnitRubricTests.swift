import XCTest

/// A district's former unit scale edited (`unit-rubrics/2020.yaml`, judging the communes in
/// 2020–2023): the unit rankings of its years and the archives showing them follow, the
/// incremental build equal to a clean one; the ranking of 2024, on today's unit scale, and the
/// district's own branches' pages are not made again.
final class IncrementalFormerUnitRubricTests: XCTestCase {
    func testEditingAFormerUnitScaleRendersThePagesOfItsYears() throws {
        let outcome = try assertIncrementalEqualsClean("former-unit-rubric", edit: { site in
            try site.replace("{ id: tot,              name: Hoàn thành tốt nhiệm vụ,      min: 80 }",
                             with: "{ id: tot,              name: Hoàn thành tốt nhiệm vụ (thang cũ), min: 80 }",
                             in: "content/unit-rubrics/2020.yaml")
        })
        let changed = Set(outcome.after.changed(since: outcome.before))
        // The pages printing a level of the former scale: the unit rankings of 2021–2023 (and the
        // index listing them), the archives opening with them and their list, the year-end bulletins.
        let drawing: Set<String> = [
            "xep-hang-don-vi/2021/index.html", "xep-hang-don-vi/2022/index.html", "xep-hang-don-vi/2023/index.html",
            "xep-hang-don-vi/index.html", "luu-tru/2021/index.html", "luu-tru/2022/index.html", "luu-tru/2023/index.html",
            "luu-tru/index.html", "ban-tin/2021-12/index.html", "ban-tin/2022-12/index.html", "ban-tin/2023-12/index.html"]
        XCTAssertEqual(changed.filter { $0.hasSuffix(".html") }, drawing)
        XCTAssertTrue(changed.contains("xep-hang-don-vi/2021/bang-xep-hang.csv"), "\(changed.sorted())")
        for file in ["xep-hang-don-vi/2024/bang-xep-hang.csv", "chi-bo/co-quan-huyen-uy/index.html"] {
            XCTAssertFalse(changed.contains(file), "\(file) shows nothing of the former unit scale")
        }
        XCTAssertEqual(outcome.report.rendered, drawing.count, "only the pages that draw on the former unit scale are rendered")
    }
}
