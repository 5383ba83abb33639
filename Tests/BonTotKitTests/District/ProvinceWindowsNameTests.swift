@testable import BonTotKit
import Foundation
import XCTest

/// A commune's names Windows cannot copy (a device's name as a slug, tag, branch id or unit id;
/// a page too long once two unit folders deep), built in a province: each is told once, on its
/// line, its file named from the province (`../district/xa-a/content/stories/…`), and, fixed,
/// the province's rebuild is what a clean build makes.
final class ProvinceWindowsNameTests: XCTestCase {
    private let district = ProvinceFixture.districtFolder
    private static let device = "là tên thiết bị mà Windows dành riêng"
    /// A slug of 150 characters: within the limit in the commune's and the district's portals,
    /// over it in the province's (`don-vi/giong-rieng/don-vi/xa-a/`).
    private static let longSlug = String(repeating: "nghi-quyet-", count: 13) + "dai-hoi"
    private static let storyFile = "xa-a/content/stories/dai-hoi.md"

    private static func story(_ head: String) -> String {
        "---\n\(head)\nkind: tap-the\nbranch: ap-1\ndate: 2024-09-25\n---\nNội dung.\n"
    }

    /// The district's `site.yaml` as `ProvinceFixture` writes it, its third unit `thirdUnit`.
    private static func districtSiteYAML(thirdUnit: String = "- { id: xa-c, path: ./xa-c/ }") -> String {
        DistrictFixture.siteYAML(thirdUnit: thirdUnit, adding: "base_url: https://huyen.example/giong-rieng/")
    }

    /// The province's diagnostics about Windows, one line each.
    private func windowsProblems(_ report: BuildReport) -> [String] {
        report.diagnostics.sorted.filter { $0.message.contains("Windows") }.map(\.description)
    }

    func testACommunesNamesWindowsRefusesAreToldOnceOnTheirLinesFromTheProvince() throws {
        let branch = try String(contentsOf: BuiltSite.fixtures.appending(path: "district/xa-b/content/branches/ap-bac-3.yaml"),
                                encoding: .utf8)
        let province = try ProvinceFixture.prepare(for: self, districtChanges: [
            "xa-a/content/stories/le-ra-quan.md": Self.story("title: Lễ ra quân\nslug: con\ntags: [Thi đua, Aux]"),
            Self.storyFile: Self.story("title: Đại hội\nslug: \(Self.longSlug)"),
            "xa-b/content/branches/nul.yaml": branch.replacingOccurrences(of: "Ba", with: "Bốn"),
        ])
        let report = province.build()
        XCTAssertFalse(report.succeeded)
        let page = "don-vi/giong-rieng/don-vi/xa-a/guong-dien-hinh/\(Self.longSlug)/index.html"
        XCTAssertEqual(Self.longSlug.count, 150)
        XCTAssertEqual(page.count, 208)
        XCTAssertEqual(windowsProblems(report), [
            "\(district)xa-a/content/stories/dai-hoi.md:3: warning: đường dẫn trang '\(page.prefix(60))…' dài 208 ký tự: chép vào "
                + "thư mục dùng chung của Windows (\\\\server\\share\\Cong thong tin\\), trong cổng của cấp trên (don-vi\\<đơn vị>\\), "
                + "trang sẽ vượt 259 ký tự Windows cho phép và bị bỏ lại; hãy ghi 'slug:' ngắn hơn, tối đa 141 ký tự / the page's "
                + "path is 208 characters long: under a Windows share, inside the portal above, it would pass Windows' limit; write "
                + "a 'slug:' of 141 characters at most",
            "\(district)xa-a/content/stories/le-ra-quan.md:3: error: slug 'con' \(Self.device) (CON): thư mục 'con' của cổng sẽ "
                + "không chép được vào thư mục dùng chung của Windows, trang bị bỏ lại; hãy ghi 'slug:' khác, không dùng CON, PRN, "
                + "AUX, NUL, COM1–COM9, LPT1–LPT9 / the slug 'con' is a device's name Windows refuses (CON): its folder could not "
                + "be copied to a Windows share; write another 'slug:'",
            "\(district)xa-a/content/stories/le-ra-quan.md:4: error: chủ đề 'aux' \(Self.device) (AUX): thư mục 'aux' của cổng sẽ "
                + "không chép được vào thư mục dùng chung của Windows, trang bị bỏ lại; hãy đổi chủ đề, không dùng CON, PRN, AUX, "
                + "NUL, COM1–COM9, LPT1–LPT9 / the tag 'aux' is a device's name Windows refuses (AUX): its folder could not be "
                + "copied to a Windows share; change the tag",
            "\(district)xa-b/content/branches/nul.yaml:1: error: mã chi bộ 'nul' \(Self.device) (NUL): thư mục 'nul' của cổng sẽ "
                + "không chép được vào thư mục dùng chung của Windows, trang bị bỏ lại; hãy đổi tên tệp, không dùng CON, PRN, AUX, "
                + "NUL, COM1–COM9, LPT1–LPT9 / the branch id 'nul' is a device's name Windows refuses (NUL): its folder could not "
                + "be copied to a Windows share; rename the file",
        ])
    }

    func testADistrictsUnitListedAsADevicesNameIsToldOnceOnItsLineFromTheProvince() throws {
        let province = try ProvinceFixture.prepare(for: self, districtChanges: [
            "site.yaml": Self.districtSiteYAML(thirdUnit: "- { id: com1, path: ./xa-c/ }"),
        ])
        let report = province.build()
        XCTAssertFalse(report.succeeded)
        XCTAssertEqual(windowsProblems(report), [
            "\(district)site.yaml:8: error: mã đơn vị 'com1' \(Self.device) (COM1): thư mục 'com1' của cổng sẽ không chép được vào "
                + "thư mục dùng chung của Windows, trang bị bỏ lại; hãy đổi mã đơn vị, không dùng CON, PRN, AUX, NUL, COM1–COM9, "
                + "LPT1–LPT9 / the unit id 'com1' is a device's name Windows refuses (COM1): its folder could not be copied to a "
                + "Windows share; change the unit's id",
        ])
    }

    /// A commune's tag of 150 characters: its page (`guong-dien-hinh/chu-de/<tag>/`) is within the
    /// limit in the district's portal, over it two unit folders deep in the province's, which
    /// warns on the story's `tags:` line.
    func testACommunesLongTagIsMeasuredFromTheProvincesRootThroughBothUnitFolders() throws {
        let tag = String(repeating: "Nghị quyết ", count: 13) + "Đại hội"
        XCTAssertEqual(Slug.fold(tag), Self.longSlug)
        let changes: [String: String?] = [Self.storyFile: Self.story("title: Đại hội\nslug: dai-hoi\ntags: [Thi đua, \(tag)]")]
        let alone = try DistrictFixture.build(for: self, changes: changes)
        XCTAssertTrue(alone.report.succeeded, alone.report.problems)
        XCTAssertEqual(windowsProblems(alone.report), [], "one unit folder deep, the tag's page is within the limit")
        let province = try ProvinceFixture.build(for: self, districtChanges: changes)
        XCTAssertTrue(province.report.succeeded, province.report.problems)
        let page = "don-vi/giong-rieng/don-vi/xa-a/guong-dien-hinh/chu-de/\(Self.longSlug)/index.html"
        XCTAssertEqual(page.count, 215)
        XCTAssertEqual(windowsProblems(province.report), [
            "\(district)\(Self.storyFile):4: warning: đường dẫn trang '\(page.prefix(60))…' dài 215 ký tự: chép vào thư mục dùng "
                + "chung của Windows (\\\\server\\share\\Cong thong tin\\), trong cổng của cấp trên (don-vi\\<đơn vị>\\), trang sẽ vượt "
                + "259 ký tự Windows cho phép và bị bỏ lại; hãy ghi chủ đề ngắn hơn, tối đa 134 ký tự / the page's path is 215 "
                + "characters long: under a Windows share, inside the portal above, it would pass Windows' limit; write a tag of "
                + "134 characters at most",
        ])
        XCTAssertTrue(FileManager.default.fileExists(atPath: province.output.appending(path: page).path))
    }

    /// The commune's slug `con` fixed: the province built again from its cache tells nothing of
    /// Windows and is byte for byte a clean build of the fixed province.
    func testACommunesSlugFixedRebuildsAsACleanBuild() throws {
        let story = "xa-a/content/stories/le-ra-quan.md"
        let province = try settledProvince([story: Self.story("title: Lễ ra quân\nslug: con")])
        let first = province.build()
        XCTAssertFalse(first.succeeded)
        XCTAssertEqual(windowsProblems(first).count, 1, first.problems)
        try province.replace("slug: con", with: "slug: le-ra-quan-2024", in: district + story)
        let fixed = province.build()
        XCTAssertTrue(fixed.succeeded, fixed.problems)
        XCTAssertEqual(windowsProblems(fixed), [])
        let clean = try province.copyOfInputs(named: "clean-copy").build(clean: true, output: province.sibling("clean-output"))
        XCTAssertTrue(clean.succeeded, clean.problems)
        assertSameTree(OutputTree(province.output), OutputTree(province.sibling("clean-output")), "the province with the slug fixed")
    }

    /// The commune's story of a 150-character slug, warned in the province, given a shorter one:
    /// the rebuild warns no more and equals a clean build, the other communes taken whole.
    func testACommunesLongSlugShortenedRebuildsAsACleanBuild() throws {
        let province = try settledProvince([Self.storyFile: Self.story("title: Đại hội\nslug: \(Self.longSlug)")])
        let outcome = try assertIncrementalEqualsClean(site: province) { site in
            try site.replace("slug: \(Self.longSlug)", with: "slug: dai-hoi", in: self.district + Self.storyFile)
        }
        XCTAssertEqual(windowsProblems(outcome.report), [])
        XCTAssertEqual(outcome.report.reusedUnits, ["don-vi/giong-rieng/don-vi/xa-b/", "don-vi/giong-rieng/don-vi/xa-c/"])
    }

    /// The commune of the 150-character slug moved from the district up to the province (its
    /// page one unit folder shallower, within the limit), then back down: the warning goes and
    /// comes back with it, each rebuild from the caches telling what a clean build tells.
    func testACommuneMovedBetweenLevelsIsMeasuredWhereItNowLies() throws {
        let province = try settledProvince([Self.storyFile: Self.story("title: Đại hội\nslug: \(Self.longSlug)")])
        let provinceYAML = try province.read("site.yaml")
        let districtYAML = try province.read(district + "site.yaml")
        let scores = try province.read(district + "content/unit-evaluations/2024.yaml")
        let warned = windowsProblems(province.build())
        XCTAssertEqual(warned.count, 1)
        XCTAssertTrue(warned.first?.hasPrefix("\(district)\(Self.storyFile):3: warning: đường dẫn trang 'don-vi/giong-rieng/don-vi/xa-a/") == true,
                      warned.joined(separator: "\n"))

        try province.write("site.yaml", provinceYAML + "\n  - { id: xa-a, path: ../district/xa-a }\n")
        try province.write(district + "site.yaml", districtYAML.replacingOccurrences(of: "  - { id: xa-a, path: xa-a }\n", with: ""))
        try province.replace("  xa-a: { chinh-tri: 26, xay-dung-dang: 26, doan-ket: 17, can-bo: 17 }\n", with: "",
                             in: district + "content/unit-evaluations/2024.yaml")
        let up = province.build()
        XCTAssertTrue(up.succeeded, up.problems)
        XCTAssertEqual(windowsProblems(up), [], "one unit folder deep, the page is within the limit")
        assertCleanBuild(of: province, tells: up, copy: "clean-up")

        try province.write("site.yaml", provinceYAML)
        try province.write(district + "site.yaml", districtYAML)
        try province.write(district + "content/unit-evaluations/2024.yaml", scores)
        let down = province.build()
        XCTAssertTrue(down.succeeded, down.problems)
        XCTAssertEqual(windowsProblems(down), warned)
        assertCleanBuild(of: province, tells: down, copy: "clean-down")
    }

    /// The province (`ProvinceFixture`, the district changed by `districtChanges`), its files
    /// settled, so that its communes are kept as snapshots, as at an office.
    private func settledProvince(_ districtChanges: [String: String?]) throws -> IncrementalSite {
        let province = try ProvinceFixture.prepare(for: self, districtChanges: districtChanges)
        Thread.sleep(forTimeInterval: Double(BonTotKit.FileStamp.settling) + 1.2)
        return province
    }

    /// Asserts that a clean build of a copy of `province` (named `name`, beside it) tells the
    /// diagnostics `report` told and writes the output the incremental build wrote.
    private func assertCleanBuild(of province: IncrementalSite, tells report: BuildReport, copy name: String,
                                  file: StaticString = #filePath, line: UInt = #line) {
        let output = province.sibling(name + "-output")
        guard let clean = (try? province.copyOfInputs(named: name))?.build(clean: true, output: output) else {
            return XCTFail("the province could not be copied", file: file, line: line)
        }
        XCTAssertEqual(clean.diagnostics.sorted.map(\.description), report.diagnostics.sorted.map(\.description), file: file, line: line)
        assertSameTree(OutputTree(province.output), OutputTree(output), "the incremental output", file: file, line: line)
    }
}
