import BonTotKit
import Foundation
import XCTest

/// A unit built alone, `--unit` and `--units-from` (issue 10, item 3): a unit's pages are the
/// same bytes alone as inside the district, but for the links up to the district, and a district
/// assembled from units built elsewhere is the district built at once.
final class DistrictUnitBuildTests: XCTestCase {
    func testAUnitBuiltAloneIsTheSameUnitAsInsideTheDistrictButForItsLinksUp() throws {
        let (site, report) = try DistrictFixture.build(for: self)
        XCTAssertTrue(report.succeeded, report.problems)
        let alone = SiteBuilder.build(BuildOptions(siteRoot: site.url("xa-b"), output: site.sibling("alone")))
        XCTAssertTrue(alone.succeeded, alone.problems)
        let unit = OutputTree(site.output.appending(path: "don-vi/xa-b"))
        var single = OutputTree(site.sibling("alone"))
        single.files[".bontot-output"] = nil   // the mark of an output folder bontot writes, at its root only
        XCTAssertEqual(unit.paths, single.paths, "the same files")
        var differing = 0
        for path in single.paths where unit.files[path] != single.files[path] {
            differing += 1
            let inside = String(decoding: unit.files[path] ?? Data(), as: UTF8.self).components(separatedBy: "\n")
            let outside = String(decoding: single.files[path] ?? Data(), as: UTF8.self).components(separatedBy: "\n")
            XCTAssertEqual(inside.count, outside.count, path)
            for (a, b) in zip(inside, outside) where a != b {
                XCTAssertEqual(b, #"    <p class="site-parent">Đảng bộ huyện Giồng Riềng</p>"#, path)
                XCTAssertTrue(a.hasPrefix(#"    <p class="site-parent"><a href=""#) && a.hasSuffix(#"index.html">Đảng bộ huyện Giồng Riềng</a></p>"#),
                              "\(path): only the link up to the district differs, got \(a)")
            }
        }
        XCTAssertGreaterThan(differing, 0)
    }

    func testADistrictAssembledFromUnitsBuiltElsewhereIsTheDistrictBuiltAtOnce() throws {
        let site = try DistrictFixture.prepare(for: self)
        let gathered = try DistrictFixture.gatherUnits(of: site)
        for unit in ["xa-a", "xa-b", "xa-c"] {
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: site.sibling("runner-\(unit)").path).filter { !$0.hasPrefix(".") },
                           ["don-vi"], "a unit's build holds its own folder only")
        }
        let assembled = SiteBuilder.build(BuildOptions(siteRoot: site.root, output: site.sibling("assembled"), unitsFrom: gathered))
        XCTAssertTrue(assembled.succeeded, assembled.problems)
        let whole = SiteBuilder.build(BuildOptions(siteRoot: site.root, output: site.sibling("whole"), clean: true))
        XCTAssertTrue(whole.succeeded, whole.problems)
        XCTAssertEqual(OutputTree(site.sibling("assembled")), OutputTree(site.sibling("whole")))
    }

    func testAssemblingWithoutAUnitsOutputIsAnErrorAndWritesNothing() throws {
        let site = try DistrictFixture.prepare(for: self)
        let gathered = site.sibling("gathered")
        XCTAssertTrue(SiteBuilder.build(BuildOptions(siteRoot: site.root, output: gathered, unit: "xa-a")).succeeded)
        let report = SiteBuilder.build(BuildOptions(siteRoot: site.root, output: site.sibling("assembled"), unitsFrom: gathered))
        XCTAssertFalse(report.succeeded)
        XCTAssertEqual(report.diagnostics.entries.filter { $0.severity == .error }.map { String($0.message.prefix(40)) },
                       ["thiếu kết quả dựng của đơn vị 'xa-b': kh", "thiếu kết quả dựng của đơn vị 'xa-c': kh"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.sibling("assembled").path))
    }

    /// A link in a gathered unit's output (to a file outside, here the system's password list)
    /// is reported and not copied: nothing from outside the outputs reaches the published site.
    func testALinkInAGatheredUnitIsNotCopied() throws {
        let site = try DistrictFixture.prepare(for: self)
        let gathered = try DistrictFixture.gatherUnits(of: site)
        let link = Router().unit("xa-b").path(.home) + "mat-khau.txt"
        try FileManager.default.createSymbolicLink(atPath: gathered.appending(path: link).path, withDestinationPath: "/etc/passwd")
        let report = SiteBuilder.build(BuildOptions(siteRoot: site.root, output: site.sibling("assembled"), unitsFrom: gathered))
        XCTAssertFalse(report.succeeded)
        let errors = report.diagnostics.entries.filter { $0.severity == .error }
        XCTAssertEqual(errors.map(\.location.file), ["--units-from"])
        XCTAssertEqual(errors.map(\.message), ["'\(gathered.path)/don-vi/xa-b/mat-khau.txt' không phải tệp do bontot ghi "
                                                + "(liên kết hoặc thư mục liên kết), không chép vào trang / not a plain file written by bontot, not copied"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.sibling("assembled").path), "nothing published")
    }

    /// `--units-from` naming a folder that is not there (a misspelt name): one error for the
    /// folder, not one "missing output" for each unit.
    func testAMissingUnitsFromFolderIsOneError() throws {
        let site = try DistrictFixture.prepare(for: self)
        let missing = site.sibling("ket-qua-cac-don-vi")
        let report = SiteBuilder.build(BuildOptions(siteRoot: site.root, output: site.sibling("assembled"), unitsFrom: missing))
        XCTAssertFalse(report.succeeded)
        let errors = report.diagnostics.entries.filter { $0.severity == .error }
        XCTAssertEqual(errors.map(\.location.file), ["--units-from"])
        XCTAssertEqual(errors.map(\.message), ["thư mục '\(missing.path)' không tồn tại; hãy chỉ tới thư mục chứa kết quả "
                                                + "'bontot build --unit <mã>' của các đơn vị (xa-a, xa-b, xa-c) / the folder does not exist"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.sibling("assembled").path), "nothing published")
    }

    /// `bontot build --unit xa-a` without `--output`, to rebuild one commune after an edit,
    /// replaced the district's published `output/` with that commune alone: the district's home,
    /// the other units and their PDFs gone. Refused, naming what the folder holds; nothing touched.
    func testAUnitBuiltOverTheDistrictsOutputIsRefusedAndThePortalKept() throws {
        let (site, first) = try DistrictFixture.build(for: self)
        XCTAssertTrue(first.succeeded, first.problems)
        let before = OutputTree(site.output)
        let report = SiteBuilder.build(BuildOptions(siteRoot: site.root, unit: "xa-a"))
        XCTAssertFalse(report.succeeded)
        let errors = report.diagnostics.entries.filter { $0.severity == .error }
        XCTAssertEqual(errors.map(\.location.file), ["--output"])
        XCTAssertEqual(errors.map(\.message), ["thư mục kết quả '\(site.output.standardizedFileURL.path)' đang giữ trang của cả huyện "
            + "(index.html, …) và kết quả dựng của đơn vị 'xa-b', 'xa-c'; 'bontot build --unit xa-a' thay cả thư mục bằng riêng "
            + "đơn vị 'xa-a' nên sẽ xóa chúng. Hãy dựng đơn vị vào một thư mục riêng (--output ket-qua-xa-a), hoặc dựng lại cả "
            + "trang bằng 'bontot build' (chỉ đơn vị có thay đổi được dựng lại); thêm --force nếu chắc chắn muốn thay "
            + "/ the output holds the district's portal or other units' builds, which a --unit build would delete"])
        XCTAssertEqual(OutputTree(site.output), before, "the published portal is kept")
    }

    /// Two units built one after the other into one folder, to gather them: the second deleted
    /// the first, and `--units-from` then said to build the first, which the office had done.
    /// The second is refused; the same unit built again into its folder is not.
    func testASecondUnitBuiltIntoTheFolderOfAnotherIsRefused() throws {
        let site = try DistrictFixture.prepare(for: self)
        let gathered = site.sibling("gathered")
        let first = SiteBuilder.build(BuildOptions(siteRoot: site.root, output: gathered, unit: "xa-a"))
        XCTAssertTrue(first.succeeded, first.problems)
        let again = SiteBuilder.build(BuildOptions(siteRoot: site.root, output: gathered, unit: "xa-a"))
        XCTAssertTrue(again.succeeded, again.problems)
        let second = SiteBuilder.build(BuildOptions(siteRoot: site.root, output: gathered, unit: "xa-b"))
        XCTAssertFalse(second.succeeded)
        let errors = second.diagnostics.entries.filter { $0.severity == .error }
        XCTAssertEqual(errors.map(\.location.file), ["--output"])
        XCTAssertTrue(errors.allSatisfy { $0.message.contains("đang giữ kết quả dựng của đơn vị 'xa-a'; 'bontot build --unit xa-b' thay cả thư mục") },
                      errors.map(\.message).joined())
        XCTAssertTrue(FileManager.default.fileExists(atPath: gathered.appending(path: Router().unit("xa-a").file(.home)).path),
                      "the first unit's build is kept")
        let forced = SiteBuilder.build(BuildOptions(siteRoot: site.root, output: gathered, force: true, unit: "xa-b"))
        XCTAssertTrue(forced.succeeded, forced.problems)
    }

    func testBuildingAUnitTheDistrictDoesNotListIsAnError() throws {
        let site = try DistrictFixture.prepare(for: self)
        let report = SiteBuilder.build(BuildOptions(siteRoot: site.root, output: site.sibling("one"), unit: "xa-x"))
        XCTAssertFalse(report.succeeded)
        assertDiagnostics(report.diagnostics, [.error("--unit", 0, "no unit 'xa-x' is listed")])
        XCTAssertEqual(report.diagnostics.sorted.first?.description.hasPrefix("--unit: error: không có đơn vị 'xa-x' trong 'units' của site.yaml"), true,
                       "the option is the place of the mistake, not line 1 of site.yaml: \(report.problems)")
    }
}

/// `--month` with `--unit` or `--units-from`: the district's bulletin of the month was written
/// over the published one as if the district had no unit but the one loaded (its units' figures
/// and ranking gone). Refused, and nothing is touched.
final class DistrictMonthWithUnitTests: XCTestCase {
    func testAMonthWithOneUnitIsRefusedAndTheBulletinKept() throws {
        let (site, first) = try DistrictFixture.build(for: self)
        XCTAssertTrue(first.succeeded, first.problems)
        let bulletin = try XCTUnwrap(FileManager.default.contents(atPath: site.output.appending(path: "ban-tin/2024-12/index.html").path),
                                     "the bulletin of the month the 2024 ranking closes")
        for (unit, unitsFrom) in [("xa-a", nil), (nil, site.sibling("gathered"))] as [(String?, URL?)] {
            let report = SiteBuilder.build(BuildOptions(siteRoot: site.root, month: YearMonth(year: 2024, month: 12),
                                                        unit: unit, unitsFrom: unitsFrom))
            XCTAssertFalse(report.succeeded)
            let other = unit != nil ? "--unit" : "--units-from"
            assertDiagnostics(report.diagnostics, [.error("--month", 0, "không dùng cùng \(other)")])
            XCTAssertEqual(FileManager.default.contents(atPath: site.output.appending(path: "ban-tin/2024-12/index.html").path), bulletin)
        }
        let command = try BontotProcess.run(["build", "--site", site.root.path, "--month", "2024-12", "--unit", "xa-a"])
        XCTAssertEqual(command.status, 64)
        XCTAssertTrue(command.errors.hasPrefix("lỗi: --month dựng lại bản tin tháng của cả trang từ mọi đơn vị, không dùng cùng --unit"),
                      command.errors)
    }
}
