import XCTest

/// An evaluation changed (in YAML or in CSV) or added: the rankings, the archive, the branch
/// pages and the bulletins follow, and the incremental build equals a clean one, byte for byte.
final class IncrementalEvaluationEditTests: XCTestCase {
    func testAScoreChangedInAYAMLEvaluation() throws {
        let outcome = try assertIncrementalEqualsClean(edit: { site in
            try site.replace("binh-minh:    { nhiem-vu-chinh-tri: { chi-tieu: 13, tien-do: 12 }, sinh-hoat: 25,",
                             with: "binh-minh:    { nhiem-vu-chinh-tri: { chi-tieu: 13, tien-do: 12 }, sinh-hoat: 20,",
                             in: "content/evaluations/2023.yaml")
        })
        let changed = outcome.after.changed(since: outcome.before)
        XCTAssertTrue(changed.contains("xep-hang/2023/index.html"), "\(changed)")
        XCTAssertTrue(changed.contains("xep-hang/2023/bang-xep-hang.csv"), "\(changed)")
    }

    func testAScoreChangedInACSVEvaluation() throws {
        let outcome = try assertIncrementalEqualsClean(edit: { site in
            try site.replace("\nbinh-minh;14;13;26;18;17;", with: "\nbinh-minh;15;15;30;18;17;", in: "content/evaluations/2024.csv")
        })
        let changed = outcome.after.changed(since: outcome.before)
        for file in ["xep-hang/2024/index.html", "xep-hang/2024/bang-xep-hang.csv", "xep-hang/bang-xep-hang.csv", "chi-bo/binh-minh/index.html"] {
            XCTAssertTrue(changed.contains(file), "\(file) shows the 2024 scores: \(changed)")
        }
        XCTAssertFalse(changed.contains("xep-hang/2023/index.html"), "the 2023 ranking does not change")
    }

    func testACSVEvaluationAdded() throws {
        let outcome = try assertIncrementalEqualsClean(edit: { site in
            let csv = try site.read("content/evaluations/2024.csv")
            XCTAssertTrue(csv.contains("\nap-bac;15;14;"))
            try site.write("content/evaluations/2022.csv", csv.replacingOccurrences(of: "\nap-bac;15;14;", with: "\nap-bac;12;12;"))
        })
        let added = outcome.after.paths.filter { outcome.before.files[$0] == nil }
        for file in ["xep-hang/2022/index.html", "xep-hang/2022/bang-xep-hang.csv", "luu-tru/2022/index.html"] {
            XCTAssertTrue(added.contains(file), "a new year of rankings: \(added)")
        }
    }
}
