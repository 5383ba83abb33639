@testable import BonTotKit
import Foundation
import XCTest

/// A commune of the district that keeps its scores in Excel and its minutes in Word, as a commune
/// office does (SPEC §7 meeting §8): `xa-a` (Bình Minh) with `content/evaluations/2024.xlsx`
/// (`commune-scores-2024.xlsx`, the scores of its YAML under a title row) in place of its YAML, and
/// a Word biên bản left among its minutes. Built in the district and in a province, it shows as
/// its YAML did; its broken files are told all at once, named from where bontot runs; the output
/// is kept; its files edited or deleted, the rebuild is a clean build.
final class CommuneOfficeFilesTests: XCTestCase {
    private static let scores = "xa-a/content/evaluations/2024.xlsx"
    private static let minutes = "xa-a/content/minutes/2024/bien-ban-thang-12.docx"
    private static let ranking = "don-vi/xa-a/xep-hang/2024/bang-xep-hang.csv"

    /// The commune's files in place of its YAML, written into `site` under `folder` (the
    /// district's folder as the site reaches it): `workbook` as its 2024 scores, a Word minutes.
    private func keepOfficeFiles(in site: IncrementalSite, under folder: String = "", workbook: String = "commune-scores-2024.xlsx") throws {
        try site.remove(folder + "xa-a/content/evaluations/2024.yaml")
        try site.write(folder + Self.scores, try OfficeFixtures.data(workbook))
        try site.write(folder + Self.minutes, try OfficeFixtures.data("bien-ban-mau-xa.docx"))
    }

    /// The warning on the Word minutes left among the commune's minutes, the district's folder
    /// named `folder` from where bontot runs.
    private func minutesWarning(_ folder: String) -> String {
        "\(folder)\(Self.minutes): warning: tệp không được đọc: thư mục \(folder)xa-a/content/minutes chỉ đọc tệp .md; biên bản "
            + "Word hãy chuyển bằng 'bontot import minutes \(folder)\(Self.minutes) --branch <mã chi bộ> --site \(folder)xa-a', rồi "
            + "xoá tệp .docx khỏi thư mục này / not read: \(folder)xa-a/content/minutes reads only .md files"
    }

    /// The rows of a ranking's `bang-xep-hang.csv` under its header, as Excel shows them.
    private func rows(_ csv: String) -> [String] {
        csv.split(whereSeparator: \.isNewline).dropFirst().map(String.init)
    }

    /// The province (`ProvinceFixture`) with the commune's office files, its files settled so
    /// that its communes are kept as snapshots, as at an office.
    private func settledProvince() throws -> IncrementalSite {
        let province = try ProvinceFixture.prepare(for: self)
        try keepOfficeFiles(in: province, under: ProvinceFixture.districtFolder)
        Thread.sleep(forTimeInterval: Double(BonTotKit.FileStamp.settling) + 1.2)
        return province
    }

    func testACommunesWorkbookRanksItsBranchesInTheDistrictAsItsYAMLDid() throws {
        let (yaml, yamlReport) = try DistrictFixture.build(for: self)
        XCTAssertTrue(yamlReport.succeeded, yamlReport.problems)
        let site = try DistrictFixture.prepare(for: self)
        try keepOfficeFiles(in: site)
        let report = site.build()
        XCTAssertTrue(report.succeeded, report.problems)
        XCTAssertEqual(report.diagnostics.sorted.map(\.description), [minutesWarning("")])
        XCTAssertEqual(rows(DistrictFixture.page(site, Self.ranking)), [
            "1;Chi bộ ấp Một;27;27;18;18;0;0;90;Hoàn thành xuất sắc nhiệm vụ;Đạt;",
            "2;Chi bộ ấp Hai;25;25;17;17;0;0;84;Hoàn thành tốt nhiệm vụ;Đạt;",
        ])
        assertSameTree(OutputTree(site.output), OutputTree(yaml.output), "the district of a commune keeping Excel and Word files")
    }

    func testACommunesWorkbookRanksItsBranchesInTheProvince() throws {
        let province = try ProvinceFixture.prepare(for: self)
        try keepOfficeFiles(in: province, under: ProvinceFixture.districtFolder)
        let report = province.build()
        XCTAssertTrue(report.succeeded, report.problems)
        XCTAssertEqual(report.diagnostics.sorted.map(\.description), [minutesWarning(ProvinceFixture.districtFolder)])
        XCTAssertEqual(rows(DistrictFixture.page(province, "don-vi/giong-rieng/" + Self.ranking)), [
            "1;Chi bộ ấp Một;27;27;18;18;0;0;90;Hoàn thành xuất sắc nhiệm vụ;Đạt;",
            "2;Chi bộ ấp Hai;25;25;17;17;0;0;84;Hoàn thành tốt nhiệm vụ;Đạt;",
        ])
    }

    /// A score typed in words and a branch the commune lacks in one commune's workbook, another
    /// commune's "workbook" no zip, a damaged Word file among the minutes: every one told in one
    /// run, each named from the province with its cell, and the province's output kept.
    func testBrokenOfficeFilesOfTwoCommunesAreToldAtOnceFromTheProvinceAndTheOutputIsKept() throws {
        let district = ProvinceFixture.districtFolder
        let province = try ProvinceFixture.prepare(for: self)
        try keepOfficeFiles(in: province, under: district)
        let first = province.build()
        XCTAssertTrue(first.succeeded, first.problems)
        let before = OutputTree(province.output)

        try province.write(district + Self.scores, try OfficeFixtures.data("commune-scores-2024-errors.xlsx"))
        try province.write(district + Self.minutes, Data("PK\u{3}\u{4} bản lưu dở".utf8))
        try province.remove(district + "xa-b/content/evaluations/2024.yaml")
        try province.write(district + "xa-b/content/evaluations/2024.xlsx", Data("điểm năm 2024".utf8))
        let report = province.build()
        XCTAssertFalse(report.succeeded)
        XCTAssertEqual(report.diagnostics.sorted.map(\.description), [
            "\(district)\(Self.scores):Điểm!C3: error: điểm 'sinh-hoat' của 'ap-1' không phải số / 'hai bảy' is not a number",
            "\(district)\(Self.scores):Điểm!A4: error: bảng điểm ghi chi bộ không tồn tại 'ap-9' / unknown branch 'ap-9' (có phải "
                + "'ap-1'? / did you mean 'ap-1'?)",
            minutesWarning(district),
            "\(district)xa-b/content/evaluations/2024.xlsx: error: tệp không phải tài liệu Office hợp lệ (tệp zip hỏng hoặc bị cắt "
                + "cụt); hãy mở và lưu lại bằng Excel/Word / not a valid Office file (a damaged or truncated zip)",
        ])
        assertSameTree(OutputTree(province.output), before, "the province's output after a failed build")
    }

    /// The commune's sheet cut short after its first branch's row, the zip sound (a program
    /// stopped halfway through saving it): an error on the workbook, where Foundation's parser
    /// on Linux took the rows before the cut and the district ranked Chi bộ ấp Một alone.
    func testACommunesSheetCutShortIsAnErrorNotARankingOfTheRowsBeforeTheCut() throws {
        let site = try DistrictFixture.prepare(for: self)
        try keepOfficeFiles(in: site, workbook: "commune-scores-2024-cut.xlsx")
        let report = site.build()
        XCTAssertFalse(report.succeeded)
        XCTAssertEqual(report.diagnostics.sorted.filter { $0.severity == .error }.map(\.description), [
            "\(Self.scores): error: phần 'xl/worksheets/sheet1.xml' của tài liệu không phải XML hợp lệ (dòng 1: XML dừng giữa chừng "
                + "hoặc còn nội dung sau chỗ kết thúc, tệp bị cắt cụt hoặc ghi dở) / the part 'xl/worksheets/sheet1.xml' is not well-formed XML",
        ])
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.output.path), "nothing is written")
    }

    /// The commune's workbook saved beside the YAML it replaces: both files told, from the
    /// province, to keep one, the workbook among the kinds a period's scores may come in (the
    /// message said ".yaml or .csv", as if the workbook were the file to delete).
    func testACommunesWorkbookBesideItsYAMLIsToldToKeepOneOfThem() throws {
        let district = ProvinceFixture.districtFolder
        let province = try ProvinceFixture.prepare(for: self)
        try province.write(district + Self.scores, try OfficeFixtures.data("commune-scores-2024.xlsx"))
        let report = province.build()
        XCTAssertFalse(report.succeeded)
        let files = "\(district)\(Self.scores), \(district)xa-a/content/evaluations/2024.yaml"
        XCTAssertEqual(report.diagnostics.sorted.map(\.description), ["xlsx", "yaml:1"].map { place in
            "\(district)xa-a/content/evaluations/2024.\(place): error: kỳ đánh giá '2024' bị trùng giữa các tệp \(files) (chỉ giữ "
                + "một tệp điểm (.yaml, .csv hoặc .xlsx) cho mỗi kỳ) / evaluation period '2024' is claimed by 2 files: \(files)"
        })
    }

    /// The error on a `--branch` of the commune `xa-a` given to an import into the site above
    /// it, the commune's folder named `folder` and its way from that site `way`, the site's own
    /// folder `site` (from where bontot runs).
    private func communesBranchRefused(_ written: String, folder: String, way: String, site: String = "") -> String {
        "--branch: error: không có chi bộ '\(written)' trong \(site)content/branches/; 'ap-1' là chi bộ của đơn vị '\(way)' (\(folder)/): "
            + "biên bản của chi bộ ghi trong trang của đơn vị, hãy chạy lại với --branch ap-1 --site \(folder) / unknown branch "
            + "'\(written)' (a branch of the unit '\(way)' (\(folder)/): run again with --branch ap-1 --site \(folder))"
    }

    /// The commune's Word minutes imported into the province or the district, the commune's
    /// branch given alone or by its way, as a clerk who forgot `--site` types it: told whose
    /// branch it is and the options that import into the commune's site (which then do), where
    /// it was "no branch 'ap-1'", the district's own branches listed.
    func testACommunesWordMinutesImportedIntoTheSiteAboveAreToldTheCommunesSite() throws {
        let district = ProvinceFixture.districtFolder
        let province = try ProvinceFixture.prepare(for: self)
        try province.write(district + Self.minutes, try OfficeFixtures.data("bien-ban-mau-xa.docx"))
        let document = province.url(district + Self.minutes)
        for (site, written, folder, way) in [(province.root, "ap-1", district + "xa-a", "giong-rieng/xa-a"),
                                             (province.url(district), "ap-1", "xa-a", "xa-a"),
                                             (province.url(district), "xa-a/ap-1", "xa-a", "xa-a")] {
            let refused = MinutesImport.run(document, source: Self.minutes, siteRoot: site, branch: written, kind: nil, dryRun: true)
            XCTAssertEqual(refused.diagnostics.sorted.map(\.description), [communesBranchRefused(written, folder: folder, way: way)])
        }
        let imported = MinutesImport.run(document, source: Self.minutes, siteRoot: province.url(district + "xa-a"), branch: "ap-1",
                                         kind: nil, dryRun: true)
        XCTAssertEqual(imported.diagnostics.errorCount, 0, imported.diagnostics.sorted.map(\.description).joined(separator: "\n"))
        XCTAssertEqual(imported.outcomes.map(\.path), ["content/minutes/2024/ap-1-2024-12.md"])
    }

    /// The same from the command line, run in the province's folder with `--site` the district:
    /// the commune's `--site` is named from where bontot runs.
    func testTheCommandNamesTheCommunesSiteFromWhereItRuns() throws {
        let province = try ProvinceFixture.prepare(for: self)
        try province.write(ProvinceFixture.districtFolder + Self.minutes, try OfficeFixtures.data("bien-ban-mau-xa.docx"))
        let run = try BontotProcess.run(["import", "minutes", "../district/" + Self.minutes, "--branch", "ap-1", "--site", "../district",
                                         "--dry-run"], in: province.root)
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.errors, communesBranchRefused("ap-1", folder: "../district/xa-a", way: "xa-a", site: "../district/") + "\n")
    }

    func testACommunesWorkbookEditedInTheDistrictRebuildsAsACleanBuild() throws {
        let outcome = try assertIncrementalEqualsClean(DistrictFixture.name, prepare: { try self.keepOfficeFiles(in: $0) }) { site in
            try site.write(Self.scores, try OfficeFixtures.data("commune-scores-2024-edited.xlsx"))
        }
        XCTAssertEqual(rows(outcome.after.text(Self.ranking) ?? ""), [
            "1;Chi bộ ấp Hai;28;28;19;19;0;0;94;Hoàn thành xuất sắc nhiệm vụ;Đạt;",
            "2;Chi bộ ấp Một;27;27;18;18;0;0;90;Hoàn thành xuất sắc nhiệm vụ;Đạt;",
        ])
    }

    /// The commune's workbook edited, in a province whose communes are kept as snapshots: the
    /// commune's ranking and the district's figures rebuilt, the other communes taken whole.
    func testACommunesWorkbookEditedInAProvinceRebuildsAsACleanBuild() throws {
        let commune = "don-vi/giong-rieng/don-vi/"
        let outcome = try assertIncrementalEqualsClean(site: try settledProvince()) { site in
            try site.write(ProvinceFixture.districtFolder + Self.scores, try OfficeFixtures.data("commune-scores-2024-edited.xlsx"))
        }
        XCTAssertTrue(Set(outcome.after.changed(since: outcome.before)).contains(commune + "xa-a/xep-hang/2024/index.html"))
        XCTAssertEqual(outcome.report.reusedUnits, [commune + "xa-b/", commune + "xa-c/"])
        XCTAssertEqual(outcome.report.diagnostics.sorted.map(\.description), [minutesWarning(ProvinceFixture.districtFolder)])
    }

    /// The Word minutes deleted once imported: its warning goes, and no page changes.
    func testACommunesWordMinutesDeletedInAProvinceRebuildsAsACleanBuild() throws {
        let province = try settledProvince()
        let outcome = try assertIncrementalEqualsClean(site: province, edit: { site in
            try site.remove(ProvinceFixture.districtFolder + Self.minutes)
        }, renders: .none)
        XCTAssertEqual(outcome.report.diagnostics.sorted.map(\.description), [])
    }
}
