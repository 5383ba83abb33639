import Foundation
import XCTest

/// `bontot new` and `bontot import minutes` run by a clerk of the district's or the province's
/// office, in the province's folder (`ProvinceFixture`), about the commune `xa-a`
/// (`../district/xa-a`, branches `ap-1` and `ap-2`): a branch of the commune given to the site
/// above is told the `--branch`/`--site` (or `--id`/`--site`) to run again with, the same for
/// both commands, and every file the commands print is named from where bontot runs, as the
/// clerk can open it from there.
final class CommuneCommandsFromAboveTests: XCTestCase {
    private static let commune = "../district/xa-a"

    /// The refusal of `new minutes` or `import minutes` given `written`, the commune's branch
    /// `ap-1`, on the site named `site` from where bontot runs, the commune being `way` from it
    /// and named `folder` from where bontot runs.
    private func communesBranchRefused(_ written: String, site: String, way: String, folder: String = commune) -> String {
        "không có chi bộ '\(written)' trong \(site)content/branches/; 'ap-1' là chi bộ của đơn vị '\(way)' (\(folder)/): "
            + "biên bản của chi bộ ghi trong trang của đơn vị, hãy chạy lại với --branch ap-1 --site \(folder) / unknown branch "
            + "'\(written)' (a branch of the unit '\(way)' (\(folder)/): run again with --branch ap-1 --site \(folder))"
    }

    /// `bontot new minutes --branch ap-1` from the province with `--site ../district` (or from the
    /// province itself with `xa-a/ap-1`) was "không có chi bộ 'ap-1' trong content/branches/" and
    /// the district's own branch: it is told the commune's `--site` as `import minutes` is, and
    /// the command then writes the file, printed from the province's folder.
    func testNewMinutesOfACommunesBranchFromAboveAreToldTheCommunesSiteAndNamedFromThere() throws {
        let province = try ProvinceFixture.prepare(for: self)
        let district = province.url("../district").standardizedFileURL.path
        let minutes = ["new", "minutes", "--date", "2024-12-05"]
        for (options, site, way, folder) in [(["--branch", "ap-1", "--site", "../district"], "../district/", "xa-a", Self.commune),
                                             (["--branch", "xa-a/ap-1"], "", "giong-rieng/xa-a", Self.commune),
                                             (["--branch", "ap-1", "--site", district], district + "/", "xa-a", district + "/xa-a")] {
            let written = options[1]
            let refused = try BontotProcess.run(minutes + options, in: province.root)
            XCTAssertEqual(refused.status, 1)
            XCTAssertEqual(refused.errors, "lỗi: " + communesBranchRefused(written, site: site, way: way, folder: folder) + "\n")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: province.url("../district/content/minutes/2024/ap-1-2024-12.md").path))

        let made = try BontotProcess.run(minutes + ["--branch", "ap-1", "--site", Self.commune], in: province.root)
        XCTAssertEqual(made.status, 0, made.errors)
        XCTAssertEqual(made.output, "Đã tạo ../district/xa-a/content/minutes/2024/ap-1-2024-12.md\n")
        XCTAssertTrue(FileManager.default.fileExists(atPath: province.url("../district/xa-a/content/minutes/2024/ap-1-2024-12.md").path))
        let again = try BontotProcess.run(minutes + ["--branch", "ap-1", "--site", Self.commune], in: province.root)
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.errors.hasPrefix("lỗi: ../district/xa-a/content/minutes/2024/ap-1-2024-12.md đã có; không ghi đè / "
                                             + "../district/xa-a/content/minutes/2024/ap-1-2024-12.md already exists"), again.errors)
        XCTAssertTrue(again.errors.contains("lệnh này tạo ../district/xa-a/content/minutes/2024/ap-1-2024-12-chuyen-de.md\n"), again.errors)
    }

    /// `bontot new branch --id xa-a/ap-3` from the province with `--site ../district` was told
    /// only that the id may not hold '/' ("gợi ý: 'xa-a-ap-3'", a branch of the district): it is
    /// told the commune's `--id`/`--site`, which make it there; a story for the commune is named
    /// from the province's folder too.
    func testANewBranchOrStoryOfACommuneFromAboveIsMadeInTheCommuneAndNamedFromThere() throws {
        let province = try ProvinceFixture.prepare(for: self)
        let refused = try BontotProcess.run(["new", "branch", "--name", "Chi bộ ấp 3", "--id", "xa-a/ap-3", "--site", "../district"],
                                            in: province.root)
        XCTAssertEqual(refused.status, 1)
        XCTAssertEqual(refused.errors, "lỗi: mã chi bộ 'xa-a/ap-3' không hợp lệ; đây là chi bộ của đơn vị 'xa-a' (../district/xa-a/): "
                       + "hồ sơ chi bộ ghi trong trang của đơn vị, hãy chạy lại với --id ap-3 --site ../district/xa-a / invalid branch "
                       + "id 'xa-a/ap-3' (a branch of the unit 'xa-a' (../district/xa-a/): run again with --id ap-3 --site ../district/xa-a)\n")

        let branch = try BontotProcess.run(["new", "branch", "--name", "Chi bộ ấp 3", "--id", "ap-3", "--site", Self.commune],
                                           in: province.root)
        XCTAssertEqual(branch.status, 0, branch.errors)
        XCTAssertEqual(branch.output, "Đã tạo ../district/xa-a/content/branches/ap-3.yaml\n")
        XCTAssertTrue(FileManager.default.fileExists(atPath: province.url("../district/xa-a/content/branches/ap-3.yaml").path))
        let story = try BontotProcess.run(["new", "story", "--title", "Ấp 3 làm đường", "--date", "2024-12-01", "--site", "./../district/xa-a/"],
                                          in: province.root)
        XCTAssertEqual(story.status, 0, story.errors)
        XCTAssertEqual(story.output, "Đã tạo ../district/xa-a/content/stories/ap-3-lam-duong.md\n")
    }

    /// `bontot import minutes` from the province with `--site ../district/xa-a` printed the file
    /// it wrote, its warnings and the file a second import is refused for relative to the
    /// commune (`content/minutes/2024/ap-1-2024-12.md`), a path the clerk in the province's
    /// folder cannot open: they are named from there.
    func testImportedMinutesOfACommuneFromAboveAreNamedFromThere() throws {
        let province = try ProvinceFixture.prepare(for: self)
        try province.write("bien-ban-thang-12.docx", try OfficeFixtures.data("bien-ban-mau-xa.docx"))
        let file = "../district/xa-a/content/minutes/2024/ap-1-2024-12.md"
        let arguments = ["import", "minutes", "bien-ban-thang-12.docx", "--branch", "ap-1", "--site", Self.commune]
        let imported = try BontotProcess.run(arguments, in: province.root)
        XCTAssertEqual(imported.status, 0, imported.errors)
        XCTAssertTrue(imported.output.hasPrefix("bien-ban-thang-12.docx → \(file)\n"), imported.output)
        XCTAssertEqual(imported.errors, "\(file):5: warning: chưa tìm thấy 'topic' trong biên bản (chuyên đề / nội dung trọng tâm); "
                       + "hãy điền rồi bỏ dấu '#' đầu dòng / 'topic' not found in the document: fill it in\n")
        XCTAssertTrue(FileManager.default.fileExists(atPath: province.url(file).path))

        let again = try BontotProcess.run(arguments, in: province.root)
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.errors.hasPrefix("bien-ban-thang-12.docx: error: biên bản của cuộc họp này (chi bộ 'ap-1', ngày 2024-12-05, "
                                             + "sinh hoạt thường kỳ) đã có trong \(file);"), again.errors)
        // What checking the written file finds is named from there too.
        let anyway = try BontotProcess.run(arguments + ["--allow-duplicate"], in: province.root)
        XCTAssertEqual(anyway.status, 0, anyway.errors)
        XCTAssertTrue(anyway.output.hasPrefix("bien-ban-thang-12.docx → ../district/xa-a/content/minutes/2024/ap-1-2024-12-2.md\n"),
                      anyway.output)
        XCTAssertTrue(anyway.errors.hasPrefix("../district/xa-a/content/minutes/2024/ap-1-2024-12-2.md:2: warning: 2 biên bản cùng ghi "
                                              + "một cuộc họp"), anyway.errors)
    }
}
