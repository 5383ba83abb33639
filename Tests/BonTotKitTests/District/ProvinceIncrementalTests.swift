@testable import BonTotKit
import Foundation
import XCTest

/// Incremental builds of a province (issue 7): after each edit of a commune or of the district
/// in between, the province built again with its cache is byte for byte a clean build of the
/// edited province, the pages showing the edit at every level rewritten and the communes
/// nothing changed in taken whole.
final class ProvinceIncrementalTests: XCTestCase {
    private static let commune = "don-vi/giong-rieng/don-vi/"
    private static let story = DistrictStoryUnitBranchTests.storyFile

    /// The province (`ProvinceFixture`, with `files` and `districtChanges`), its files settled
    /// before the first build (older than `FileStamp.settling`) so that its communes are kept as
    /// snapshots, as at an office where they were saved long before.
    private func settledProvince(files: [String: String] = [:], districtChanges: [String: String?] = [:]) throws -> IncrementalSite {
        let province = try ProvinceFixture.prepare(for: self, files: files, districtChanges: districtChanges)
        Thread.sleep(forTimeInterval: Double(BonTotKit.FileStamp.settling) + 1.2)
        return province
    }

    /// The district's file `path` (`xa-a/content/…`), as the province reaches it.
    private func inDistrict(_ path: String) -> String {
        ProvinceFixture.districtFolder + path
    }

    /// Builds `province`, applies `edit`, and asserts that the rebuild equals a clean build, that
    /// it rewrote each of `changes` (the pages showing the edit), and that it took the communes
    /// of `reused` (ids) whole.
    private func assertEdit(_ province: IncrementalSite, changes: [String], reused: [String],
                            file: StaticString = #filePath, line: UInt = #line,
                            edit: (IncrementalSite) throws -> Void) throws {
        let outcome = try assertIncrementalEqualsClean(site: province, edit: edit, file: file, line: line)
        let changed = Set(outcome.after.changed(since: outcome.before))
        for page in changes {
            XCTAssertTrue(changed.contains(page), "\(page) shows the edit: \(changed.sorted())", file: file, line: line)
        }
        XCTAssertEqual(outcome.report.reusedUnits, reused.map { Self.commune + $0 + "/" }, file: file, line: line)
    }

    func testACommunesMinutesEdited() throws {
        try assertEdit(try settledProvince(), changes: [Self.commune + "xa-b/sinh-hoat/ap-bac-1-2024-09/index.html"],
                       reused: ["xa-a", "xa-c"]) { site in
            try site.replace("Chi bộ sinh hoạt thường kỳ.", with: "Chi bộ sinh hoạt thường kỳ, bàn việc nạo vét kênh.",
                             in: self.inDistrict("xa-b/content/minutes/2024/ap-bac-1-2024-09.md"))
        }
    }

    /// The attendance counts in the district's and the province's bulletins of the month.
    func testACommunesMinutesAttendanceEdited() throws {
        try assertEdit(try settledProvince(), changes: ["ban-tin/2024-09/index.html", "don-vi/giong-rieng/ban-tin/2024-09/index.html"],
                       reused: ["xa-b", "xa-c"]) { site in
            try site.replace("present: 20, expected: 22, excused: 2", with: "present: 21, expected: 22, excused: 1",
                             in: self.inDistrict("xa-a/content/minutes/2024/ap-1-2024-09.md"))
        }
    }

    /// The commune's branch is named by a story of the province (two levels down) and by one of
    /// the district: both show its new name; its members count in the province's figures.
    func testACommunesBranchEdited() throws {
        let province = try settledProvince(files: [Self.story: DistrictStoryUnitBranchTests.story(branch: "giong-rieng/xa-a/ap-1")],
                                           districtChanges: [Self.story: DistrictStoryUnitBranchTests.story(branch: "xa-a/ap-1")])
        let storyPage = "guong-dien-hinh/\(DistrictStoryUnitBranchTests.slug)/index.html"
        try assertEdit(province, changes: [storyPage, "don-vi/giong-rieng/" + storyPage, "don-vi/index.html"],
                       reused: ["xa-b", "xa-c"]) { site in
            let branch = self.inDistrict("xa-a/content/branches/ap-1.yaml")
            try site.replace("members: { official: 40, probationary: 2 }", with: "members: { official: 44, probationary: 1 }", in: branch)
            try site.replace("name: Chi bộ ấp Một", with: "name: Chi bộ ấp Một A", in: branch)
        }
    }

    func testACommunesScoresEdited() throws {
        try assertEdit(try settledProvince(), changes: [Self.commune + "xa-c/xep-hang/2024/index.html",
                                                        "don-vi/giong-rieng/xep-hang-don-vi/2024/index.html"],
                       reused: ["xa-a", "xa-b"]) { site in
            try site.replace("kenh-2: { chinh-tri: 21, sinh-hoat: 21, doan-ket: 14, dang-vien: 14 }",
                             with: "kenh-2: { chinh-tri: 27, sinh-hoat: 27, doan-ket: 18, dang-vien: 18 }",
                             in: self.inDistrict("xa-c/content/evaluations/2024.yaml"))
        }
    }

    func testACommunesScoreSheetInCSVEdited() throws {
        let province = try settledProvince(districtChanges: [
            "xa-c/content/evaluations/2024.yaml": nil,
            "xa-c/content/evaluations/2024.csv": "branch;chinh-tri;sinh-hoat;doan-ket;dang-vien\nkenh-1;28;28;18;18\nkenh-2;21;21;14;14\n",
        ])
        try assertEdit(province, changes: [Self.commune + "xa-c/xep-hang/2024/bang-xep-hang.csv",
                                           "don-vi/giong-rieng/xep-hang-don-vi/2024/index.html"],
                       reused: ["xa-a", "xa-b"]) { site in
            try site.replace("kenh-2;21;21;14;14", with: "kenh-2;27;27;18;18", in: self.inDistrict("xa-c/content/evaluations/2024.csv"))
        }
    }

    /// The scale of the district's units: a larger share of "Chi bộ 4 tốt" asked of them.
    func testTheDistrictsUnitRubricEdited() throws {
        try assertEdit(try settledProvince(), changes: ["don-vi/giong-rieng/xep-hang-don-vi/2024/index.html"],
                       reused: ["xa-a", "xa-b", "xa-c"]) { site in
            try site.replace("min_branch_share: 0.6", with: "min_branch_share: 0.9", in: self.inDistrict("content/unit-rubric.yaml"))
        }
    }

    /// The scale of the district's own chi bộ trực thuộc: its branch leaves "xuất sắc" (90 of 100).
    func testTheDistrictsRubricEdited() throws {
        try assertEdit(try settledProvince(), changes: ["don-vi/giong-rieng/xep-hang/2024/index.html"],
                       reused: ["xa-a", "xa-b", "xa-c"]) { site in
            try site.replace("name: Hoàn thành xuất sắc nhiệm vụ, min: 90", with: "name: Hoàn thành xuất sắc nhiệm vụ, min: 95",
                             in: self.inDistrict("content/rubric.yaml"))
        }
    }

    /// The district's site.yaml without the commune, and its unit scores without its line.
    private func leaveOutXaC(_ site: IncrementalSite) throws {
        try site.write(inDistrict("site.yaml"), DistrictFixture.siteYAML(thirdUnit: "", adding: "base_url: https://huyen.example/giong-rieng/"))
        try site.replace("  xa-c: { chinh-tri: 28, xay-dung-dang: 28, doan-ket: 18, can-bo: 18 }\n", with: "",
                         in: inDistrict("content/unit-evaluations/2024.yaml"))
    }

    func testACommuneRemovedFromTheDistrictsUnits() throws {
        let outcome = try assertIncrementalEqualsClean(site: try settledProvince(), edit: leaveOutXaC)
        XCTAssertEqual(outcome.report.reusedUnits, [Self.commune + "xa-a/", Self.commune + "xa-b/"])
        XCTAssertFalse(outcome.after.paths.contains { $0.hasPrefix(Self.commune + "xa-c/") }, "the commune's pages are gone")
        XCTAssertTrue(outcome.after.changed(since: outcome.before).contains("don-vi/index.html"), "the province counts two communes")
    }

    /// A commune left out of the district's list, built so, then listed again unchanged: the
    /// province is again what a clean build makes.
    func testACommuneLeftOutThenListedAgain() throws {
        let site = try settledProvince()
        let siteYAML = try site.read(inDistrict("site.yaml"))
        let scores = try site.read(inDistrict("content/unit-evaluations/2024.yaml"))
        XCTAssertTrue(site.build().succeeded)
        try leaveOutXaC(site)
        let without = site.build()
        XCTAssertTrue(without.succeeded, without.problems)
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.output.appending(path: Self.commune + "xa-c").path))
        try site.write(inDistrict("site.yaml"), siteYAML)
        try site.write(inDistrict("content/unit-evaluations/2024.yaml"), scores)
        let again = site.build()
        XCTAssertTrue(again.succeeded, again.problems)
        let clean = site.build(clean: true, output: site.sibling("clean-output"))
        XCTAssertTrue(clean.succeeded, clean.problems)
        assertSameTree(OutputTree(site.output), OutputTree(site.sibling("clean-output")), "the province with the commune listed again")
    }

    /// The commune keeps its id: its pages stay where they were, byte for byte.
    func testACommunesFolderRenamed() throws {
        let outcome = try assertIncrementalEqualsClean(site: try settledProvince()) { site in
            try site.move(self.inDistrict("xa-c"), to: self.inDistrict("xa-long-thanh"))
            try site.write(self.inDistrict("site.yaml"), DistrictFixture.siteYAML(thirdUnit: "- { id: xa-c, path: xa-long-thanh }",
                                                                                  adding: "base_url: https://huyen.example/giong-rieng/"))
        }
        XCTAssertEqual(outcome.after.changed(since: outcome.before), [])
    }

    func testACommunesFolderAndIdRenamed() throws {
        try assertEdit(try settledProvince(), changes: [Self.commune + "xa-long-thanh/index.html", "don-vi/giong-rieng/don-vi/index.html"],
                       reused: ["xa-a", "xa-b"]) { site in
            try site.move(self.inDistrict("xa-c"), to: self.inDistrict("xa-long-thanh"))
            try site.write(self.inDistrict("site.yaml"), DistrictFixture.siteYAML(thirdUnit: "- { id: xa-long-thanh, path: xa-long-thanh }",
                                                                                  adding: "base_url: https://huyen.example/giong-rieng/"))
            try site.replace("  xa-c: {", with: "  xa-long-thanh: {", in: self.inDistrict("content/unit-evaluations/2024.yaml"))
        }
    }

    /// The commune's title shows on its own pages; its name (`organization`) on the district's
    /// and the province's too, where a story of the province names its branch.
    func testACommunesTitleAndNameEdited() throws {
        let province = try settledProvince(files: [Self.story: DistrictStoryUnitBranchTests.story(branch: "giong-rieng/xa-a/ap-1")])
        try assertEdit(province, changes: [Self.commune + "xa-a/index.html", "don-vi/giong-rieng/don-vi/index.html",
                                           "guong-dien-hinh/\(DistrictStoryUnitBranchTests.slug)/index.html"],
                       reused: ["xa-b", "xa-c"]) { site in
            try site.replace("title: Cổng thông tin Đảng bộ xã Bình Minh", with: "title: Trang tin Đảng bộ xã Bình Minh",
                             in: self.inDistrict("xa-a/site.yaml"))
            try site.replace("organization: Đảng bộ xã Bình Minh", with: "organization: Đảng bộ xã Bình Minh Mới",
                             in: self.inDistrict("xa-a/site.yaml"))
        }
    }

    /// A commune's story shows in the province's bulletin of its month.
    func testACommunesStoryTitleEdited() throws {
        try assertEdit(try settledProvince(), changes: ["ban-tin/2024-09/index.html"], reused: ["xa-b", "xa-c"]) { site in
            try site.replace("title: Ấp Một nạo vét kênh nội đồng trước mùa khô", with: "title: Ấp Một nạo vét 3 km kênh nội đồng",
                             in: self.inDistrict("xa-a/content/stories/nao-vet-kenh.md"))
        }
    }
}
