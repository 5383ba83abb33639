import BonTotKit
import Foundation
import XCTest

/// The mistakes of a district's listing of units (issue 10, item 5): each an error at the file
/// and line to change, and nothing written.
final class DistrictErrorTests: XCTestCase {
    /// Builds the district with `changes`, expects exactly `expected` and no output.
    private func assertRefused(_ changes: [String: String?], _ expected: [ExpectedDiagnostic],
                               file: StaticString = #filePath, line: UInt = #line) throws {
        let (site, report) = try DistrictFixture.build(for: self, changes: changes)
        XCTAssertFalse(report.succeeded, file: file, line: line)
        assertDiagnostics(report.diagnostics, expected, file: file, line: line)
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.output.path), "nothing is written", file: file, line: line)
        XCTAssertEqual(PortalLoader.load(root: site.root).diagnostics.sorted, report.diagnostics.sorted,
                       "bontot check reports the same", file: file, line: line)
        XCTAssertEqual(PortalLoader.loadReadingCaches(root: site.root).diagnostics.sorted, report.diagnostics.sorted,
                       "bontot check, taking what it can from the caches, reports the same", file: file, line: line)
    }

    func testAUnitFolderThatIsMissing() throws {
        try assertRefused(["site.yaml": DistrictFixture.siteYAML(adding: "  - { id: xa-d, path: ../xa-d }")],
                          [.error("site.yaml", 9, "the unit's folder does not exist")])
    }

    func testAUnitFolderThatIsNotASite() throws {
        try assertRefused(["site.yaml": DistrictFixture.siteYAML(adding: "  - { id: xa-d, path: xa-d }"),
                           "xa-d/content/rubric.yaml": "scale: 100\n"],
                          [.error("site.yaml", 9, "not a site (no site.yaml)")])
    }

    func testTwoUnitsWithOneID() throws {
        try assertRefused(["site.yaml": DistrictFixture.siteYAML(adding: "  - { id: xa-a, path: xa-c }")],
                          [.error("site.yaml", 9, "two units share the id 'xa-a' (first on line 6)")])
    }

    func testAUnitListedTwice() throws {
        try assertRefused(["site.yaml": DistrictFixture.siteYAML(adding: "  - { id: xa-d, path: xa-a/ }")],
                          [.error("site.yaml", 9, "the unit is listed twice (first on line 6)")])
        try assertRefused(["site.yaml": DistrictFixture.siteYAML(adding: "  - { id: xa-b, path: xa-b }")],
                          [.error("site.yaml", 9, "the unit is listed twice (first on line 7)")])
    }

    /// `pth:` for `path:`: the entry is reported, and the unit's score is not said to be of a
    /// unit `units` does not list, which it does.
    func testAUnitEntryWithoutItsPathIsReportedOnceNotAgainWhereItIsScored() throws {
        let site = DistrictFixture.siteYAML(adding: "").replacingOccurrences(of: "{ id: xa-b, path: xa-b }", with: "{ id: xa-b, pth: xa-b }")
        try assertRefused(["site.yaml": site], [
            .error("site.yaml", 7, "missing required field 'units[1].path'"),
            .warning("site.yaml", 7, "unknown field 'units[1].pth' (có phải 'path'?"),
        ])
    }

    /// `unit:` for `units:` was only an unknown field: the district was built without any of its
    /// units, its unit rubric and scores unread. An error at the misspelt key.
    func testAMisspeltUnitsKeyIsAnErrorNotADistrictWithoutUnits() throws {
        let site = DistrictFixture.siteYAML(adding: "").replacingOccurrences(of: "units:", with: "unit:")
        try assertRefused(["site.yaml": site], [
            .error("site.yaml", 5, "trang có content/unit-rubric.yaml và content/unit-evaluations/ (thang điểm, điểm của đảng bộ cơ sở) "
                   + "nhưng site.yaml không liệt kê đơn vị nào trong 'units:'"),
            .warning("site.yaml", 5, "unknown field 'unit' (có phải 'units'?"),
        ])
    }

    func testAUnitEvaluationNamingAnUnknownUnit() throws {
        let scores = """
            scores:
              xa-a: { chinh-tri: 26, xay-dung-dang: 26, doan-ket: 17, can-bo: 17 }
              xa-e: { chinh-tri: 25, xay-dung-dang: 27, doan-ket: 17, can-bo: 17 }
            """
        try assertRefused(["content/unit-evaluations/2024.yaml": scores],
                          [.error("content/unit-evaluations/2024.yaml", 3, "unknown unit 'xa-e' (có phải 'xa-a'")])
    }

    /// A chi bộ of a commune scored in the district's table of đảng bộ cơ sở (the two tables
    /// mixed up): "unknown unit" alone left the office looking for a misspelling; the error
    /// says whose branch it is and where its scores belong.
    func testAUnitEvaluationScoringABranchOfAUnitSaysWhereItsScoresBelong() throws {
        let csv = "unit;chinh-tri;xay-dung-dang;doan-ket;can-bo\nxa-a;26;26;17;17\nap-bac-1;25;27;17;17\n"
        try assertRefused(["content/unit-evaluations/2024.yaml": nil, "content/unit-evaluations/2024.csv": csv],
                          [.error("content/unit-evaluations/2024.csv", 3,
                                  "bảng điểm ghi đơn vị không có trong 'units' của site.yaml 'ap-bac-1'; 'ap-bac-1' là chi bộ của đơn vị "
                                  + "'xa-b' (xa-b/): bảng điểm này chỉ chấm các đảng bộ cơ sở, điểm của chi bộ ghi trong "
                                  + "xa-b/content/evaluations/ của đơn vị / unknown unit 'ap-bac-1' "
                                  + "(a branch of the unit 'xa-b' (xa-b/): its scores belong in the unit's content/evaluations/)")])
    }

    func testAMissingUnitScoreNamesAUnitNotABranch() throws {
        let scores = """
            scores:
              xa-a: { chinh-tri: 26, xay-dung-dang: 26, doan-ket: 17, can-bo: 17 }
              xa-b: { chinh-tri: 25, doan-ket: 17, can-bo: 17 }
              xa-c: { chinh-tri: 28, xay-dung-dang: 28, doan-ket: 18, can-bo: 18 }
            """
        try assertRefused(["content/unit-evaluations/2024.yaml": scores],
                          [.error("content/unit-evaluations/2024.yaml", 3,
                                  "đảng bộ cơ sở 'xa-b' thiếu điểm 'xay-dung-dang' / missing score 'xay-dung-dang'")])
    }

    func testAUnitIDAgainstTheRuleIsReportedOnceNotAgainWhereItIsScored() throws {
        let site = DistrictFixture.siteYAML(adding: "").replacingOccurrences(of: "id: xa-b,", with: "id: Xa-B,")
        try assertRefused(["site.yaml": site],
                          [.error("site.yaml", 7, "mã đơn vị 'Xa-B' chỉ được gồm a-z, 0-9 và '-' (gợi ý: 'xa-b')")])
    }

    /// The unit of `./xa-c/` listed as `com1`, its scores still under `xa-c`: the one message is the
    /// id to change, not besides an "unknown unit 'xa-c' (did you mean 'xa-a'?)" sending the user
    /// to another unit's scores.
    func testAUnitListedUnderADevicesNameIsReportedOnceNotAgainWhereItsFolderIsScored() throws {
        let changes = ["site.yaml": DistrictFixture.siteYAML(thirdUnit: "- { id: com1, path: ./xa-c/ }")]
        try assertRefused(changes, [.error("site.yaml", 8, "change the unit's id")])
        let (_, report) = try DistrictFixture.build(for: self, changes: changes)
        XCTAssertEqual(report.diagnostics.sorted.map(\.description), [
            "site.yaml:8: error: mã đơn vị 'com1' là tên thiết bị mà Windows dành riêng (COM1): thư mục 'com1' của cổng sẽ không "
                + "chép được vào thư mục dùng chung của Windows, trang bị bỏ lại; hãy đổi mã đơn vị, không dùng CON, PRN, AUX, NUL, "
                + "COM1–COM9, LPT1–LPT9 / the unit id 'com1' is a device's name Windows refuses (COM1): its folder could not be "
                + "copied to a Windows share; change the unit's id",
        ])
    }

    /// The same unit listed as `com1`, a district story naming its branch as `xa-c/kenh-1`: told
    /// the id to change, not an unknown unit 'xa-c' besides; a story naming a unit of no folder
    /// (`xa-d/kenh-1`) is still told so.
    func testAUnitListedUnderADevicesNameIsNotUnknownWhereAStoryNamesItsBranch() throws {
        try assertRefused(["site.yaml": DistrictFixture.siteYAML(thirdUnit: "- { id: com1, path: ./xa-c/ }"),
                           DistrictStoryUnitBranchTests.storyFile: DistrictStoryUnitBranchTests.story(branch: "xa-c/kenh-1"),
                           "content/stories/kenh-moi.md": DistrictStoryUnitBranchTests.story(branch: "xa-d/kenh-1")
                               .replacingOccurrences(of: "title: Gương sáng Ấp Bắc", with: "title: Kênh mới")],
                          [.error("site.yaml", 8, "change the unit's id"),
                           .error("content/stories/kenh-moi.md", 4, "unknown unit 'xa-d' in branch 'xa-d/kenh-1'")])
    }

    /// The same unit listed as `com1` while the scores name a unit of no folder (`xa-d`): that
    /// row is still an unknown unit.
    func testAUnitListedUnderADevicesNameLeavesAnotherUnknownUnitReported() throws {
        let scores = try String(contentsOf: BuiltSite.fixtures.appending(path: "district/content/unit-evaluations/2024.yaml"),
                                encoding: .utf8)
        try assertRefused(["site.yaml": DistrictFixture.siteYAML(thirdUnit: "- { id: com1, path: ./xa-c/ }"),
                           "content/unit-evaluations/2024.yaml": scores + "  xa-d: { chinh-tri: 20, xay-dung-dang: 20, doan-ket: 15, can-bo: 15 }\n"],
                          [.error("site.yaml", 8, "change the unit's id"),
                           .error("content/unit-evaluations/2024.yaml", 10, "unknown unit 'xa-d'")])
    }

    func testAUnitListingItsParentIsACycle() throws {
        let unitSite = """
            title: Cổng thông tin Đảng bộ xã Bình Minh
            organization: Đảng bộ xã Bình Minh
            parent: Đảng bộ huyện Giồng Riềng
            place: Bình Minh
            units:
              - { id: huyen, path: .. }
            """
        try assertRefused(["xa-a/site.yaml": unitSite],
                          [.error("xa-a/site.yaml", 6, "the unit is this site or a site above it: a cycle")])
    }

    func testAUnitsOwnProblemsNameItsFilesFromTheDistrict() throws {
        let site = try DistrictFixture.prepare(for: self)
        try site.replace("branch: ap-bac-2", with: "branch: ap-bac-9", in: "xa-b/content/minutes/2024/ap-bac-2-2024-09.md")
        let report = site.build()
        XCTAssertFalse(report.succeeded)
        assertDiagnostics(report.diagnostics, [.error("xa-b/content/minutes/2024/ap-bac-2-2024-09.md", 2, "unknown branch 'ap-bac-9'")])
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.output.path), "nothing is written")
    }

    /// A commune without `rubric.yaml` cannot be built, but what it holds was read: the line
    /// "Đã đọc" counts its branches, minutes and stories with the district's (xa-b's 3 branches
    /// and 2 minutes were left out of it).
    func testAUnitWithoutItsRubricIsStillCountedInWhatWasRead() throws {
        let (site, report) = try DistrictFixture.build(for: self, changes: ["xa-b/content/rubric.yaml": nil])
        XCTAssertFalse(report.succeeded)
        assertDiagnostics(report.diagnostics, [.error("xa-b/content/rubric.yaml", 1, "thiếu tệp / missing file 'content/rubric.yaml'")])
        XCTAssertEqual(report.inputSummary, "3 đơn vị, 8 chi bộ, 4 biên bản, 1 bài viết")
        XCTAssertEqual(PortalLoader.load(root: site.root).inventory, report.inputSummary, "bontot check counts the same")
        try FileManager.default.copyItem(at: site.url("xa-a/content/rubric.yaml"), to: site.url("xa-b/content/rubric.yaml"))
        let fixed = site.build()
        XCTAssertTrue(fixed.succeeded, fixed.problems)
        XCTAssertEqual(fixed.inputSummary, report.inputSummary, "the same count once the commune has its rubric")
    }

    func testAUnitScoreCSVStartsWithTheUnitColumn() throws {
        let csv = "unit;chinh-tri;xay-dung-dang;doan-ket;can-bo\nxa-a;26;26;17;17\nxa-q;25;27;17;17\n"
        try assertRefused(["content/unit-evaluations/2024.yaml": nil, "content/unit-evaluations/2024.csv": csv],
                          [.error("content/unit-evaluations/2024.csv", 3, "unknown unit 'xa-q'")])
    }
}

/// A build never writes its output over a unit's own folder.
final class DistrictOutputSafetyTests: XCTestCase {
    /// With `--force`, which lets a build replace a folder bontot did not write, only the guard
    /// against an output that holds a site stands between the build and the unit's files.
    func testAnOutputFolderThatIsAUnitsSiteIsRefusedAndNothingIsDeleted() throws {
        let site = try DistrictFixture.prepare(for: self)
        let unit = site.url("xa-b")
        let report = SiteBuilder.build(BuildOptions(siteRoot: site.root, output: unit, force: true))
        XCTAssertFalse(report.succeeded)
        let shown = unit.resolvingSymlinksInPath().standardizedFileURL.path
        assertDiagnostics(report.diagnostics, [.error("--output", 0, "thư mục kết quả '\(shown)' chứa chính thư mục trang; "
                                                          + "bản dựng sẽ xóa nội dung / the output folder holds the site itself")])
        for file in ["xa-b/site.yaml", "xa-b/content/rubric.yaml"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: site.url(file).path), "\(file): the unit is untouched")
        }
    }
}
