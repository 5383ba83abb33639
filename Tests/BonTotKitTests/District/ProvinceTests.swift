import BonTotKit
import Foundation
import XCTest

/// A province over districts over communes: a unit may list units of its own, each a level
/// deeper in the portal, its pages linking up to the committee right above it.
final class ProvinceTests: XCTestCase {
    /// The province (`ProvinceFixture`) with `files` written into it, built into `tinh-output`.
    private func buildProvince(files: [String: String] = [:]) throws -> BuiltSite {
        try ProvinceFixture.build(for: self, files: files)
    }

    /// Builds the province with `files` and asserts that it fails with `error` alone
    /// (`<file>:<line>: error: <message>`).
    private func assertBuildFails(with files: [String: String], reporting error: String,
                                  file: StaticString = #filePath, line: UInt = #line) throws {
        let built = try buildProvince(files: files)
        XCTAssertFalse(built.report.succeeded, error, file: file, line: line)
        XCTAssertEqual(built.report.diagnostics.sorted.map(\.description), [error], file: file, line: line)
    }

    func testADistrictInsideAProvinceKeepsItsCommunesAndItsLinks() throws {
        let built = try buildProvince(files: ["site.yaml": ProvinceFixture.siteYAML(adding: "base_url: https://tinh.example/kien-giang/")])
        let output = built.output
        XCTAssertTrue(built.report.succeeded, built.report.problems)
        let commune = built.page("don-vi/giong-rieng/don-vi/xa-a/chi-bo/ap-1/index.html")
        XCTAssertTrue(commune.contains(#"<p class="site-parent"><a href="../../../../index.html">Đảng bộ huyện Giồng Riềng</a></p>"#),
                      "a commune links up to its district")
        XCTAssertTrue(built.page("don-vi/giong-rieng/index.html").contains(#"<a href="../../index.html">Đảng bộ tỉnh Kiên Giang</a>"#),
                      "the district links up to the province")
        XCTAssertTrue(PortalPageText.text(built.page("don-vi/index.html")).contains("Đảng bộ huyện Giồng Riềng 8 287 3.340 75,0 %"),
                      "the province counts the district's own and its communes' branches and members")
        let sitemap = built.page("don-vi/giong-rieng/sitemap.xml")
        XCTAssertTrue(sitemap.contains("<loc>https://tinh.example/kien-giang/don-vi/giong-rieng/don-vi/xa-a/chi-bo/ap-1/</loc>"),
                      "the district's own sitemap lists its communes' pages, at the province's address:\n\(sitemap.prefix(600))")
        XCTAssertFalse(sitemap.contains("huyen.example"), "not at the district's own, where it lies at its root")
        let bulletin = PortalPageText.text(built.page("ban-tin/2024-09/index.html"))
        XCTAssertTrue(bulletin.contains("Đảng bộ huyện Giồng Riềng: 04 buổi sinh hoạt, có mặt 80/88 (90,9 %)."),
                      "the province's bulletin counts the meetings of the district's communes: \(bulletin)")
        XCTAssertTrue(built.page("ban-tin/2024-09/index.html").contains(
            #"<a href="../../don-vi/giong-rieng/don-vi/xa-a/guong-dien-hinh/ap-mot-nao-vet-kenh-noi-dong-truoc-mua-kho/index.html">Ấp Một nạo vét kênh nội đồng trước mùa khô</a>"#),
            "and links a commune's story of the month into the commune's portal")
        XCTAssertEqual(LinkWalk(output: output).brokenLinks().broken, [], "every link of the province leads to a file of its output")
    }

    /// A story of the province about a commune's chi bộ, two levels down, named by the way to it
    /// (`giong-rieng/xa-a/ap-1`, as `<unit>/<branch>` one level down): named with its commune and
    /// linked to its profile inside the commune's portal inside the district's.
    func testAStoryOfTheProvinceLinksACommunesBranchTwoLevelsDown() throws {
        let built = try buildProvince(files: [DistrictStoryUnitBranchTests.storyFile:
                                                    DistrictStoryUnitBranchTests.story(branch: "giong-rieng/xa-a/ap-1")])
        XCTAssertTrue(built.report.succeeded, built.report.problems)
        let href = "../../don-vi/giong-rieng/don-vi/xa-a/chi-bo/ap-1/index.html"
        let story = built.page("guong-dien-hinh/\(DistrictStoryUnitBranchTests.slug)/index.html")
        XCTAssertTrue(story.contains("<a href=\"\(href)\">Chi bộ ấp Một (Đảng bộ xã Bình Minh)</a>"), story)
        XCTAssertTrue(built.page("guong-dien-hinh/index.html").contains(
            "<a href=\"../don-vi/giong-rieng/don-vi/xa-a/chi-bo/ap-1/index.html\">Chi bộ ấp Một (Đảng bộ xã Bình Minh)</a>"))
        XCTAssertEqual(LinkWalk(output: built.output).brokenLinks().broken, [])
    }

    /// A unit on the way that its district does not list, a branch its commune does not have, or
    /// another commune's branch, is an error at the story's `branch:` line saying which; so is
    /// a commune named without its district, told the line to write.
    func testAStoryOfTheProvinceNamingAnUnknownCommuneOrBranchIsAnError() throws {
        let cases: [(String, String)] = [
            ("xa-a/ap-1", "bài viết ghi đơn vị không tồn tại 'xa-a' (trong 'xa-a/ap-1'): đơn vị phải là một mục của 'units' trong "
                + "site.yaml; 'xa-a' là đơn vị của 'giong-rieng' (../district/), hãy ghi branch: giong-rieng/xa-a/ap-1 "
                + "/ unknown unit 'xa-a' in branch 'xa-a/ap-1' (a unit of 'giong-rieng' (../district/): write branch: giong-rieng/xa-a/ap-1)"),
            ("giong-rieng/xa-z/ap-1", "bài viết ghi đơn vị không tồn tại 'giong-rieng/xa-z' (trong 'giong-rieng/xa-z/ap-1'): đơn vị phải là "
                + "một mục của 'units' trong site.yaml của đơn vị 'giong-rieng' (../district/) / unknown unit 'giong-rieng/xa-z' "
                + "in branch 'giong-rieng/xa-z/ap-1' (có phải 'giong-rieng/xa-a'? / did you mean 'giong-rieng/xa-a'?)"),
            ("giong-rieng/xa-a/ap-9", "bài viết ghi chi bộ không tồn tại 'giong-rieng/xa-a/ap-9': đơn vị 'giong-rieng/xa-a' "
                + "(../district/xa-a/) không có chi bộ 'ap-9' / unknown branch 'giong-rieng/xa-a/ap-9' "
                + "(có phải 'giong-rieng/xa-a/ap-1'? / did you mean 'giong-rieng/xa-a/ap-1'?)"),
            ("giong-rieng/xa-a/ap-bac-1", "bài viết ghi chi bộ không tồn tại 'giong-rieng/xa-a/ap-bac-1': đơn vị 'giong-rieng/xa-a' "
                + "(../district/xa-a/) không có chi bộ 'ap-bac-1'; 'ap-bac-1' là chi bộ của đơn vị 'giong-rieng/xa-b' "
                + "(../district/xa-b/), hãy ghi branch: giong-rieng/xa-b/ap-bac-1 / unknown branch 'giong-rieng/xa-a/ap-bac-1' "
                + "(a branch of the unit 'giong-rieng/xa-b' (../district/xa-b/): write branch: giong-rieng/xa-b/ap-bac-1)"),
        ]
        for (branch, message) in cases {
            try assertBuildFails(with: [DistrictStoryUnitBranchTests.storyFile: DistrictStoryUnitBranchTests.story(branch: branch)],
                                 reporting: "\(DistrictStoryUnitBranchTests.storyFile):4: error: \(message)")
        }
    }

    /// A story of the province naming a commune's branch by its id alone (`branch: ap-1`) is told
    /// whose branch it is, the commune named by its way from the province with its folder, and the
    /// whole line to write, as a district's story naming a unit's branch alone is.
    func testAStoryOfTheProvinceNamingACommunesBranchAloneIsToldTheWholeWay() throws {
        try assertBuildFails(
            with: [DistrictStoryUnitBranchTests.storyFile: DistrictStoryUnitBranchTests.story(branch: "ap-1")],
            reporting: "\(DistrictStoryUnitBranchTests.storyFile):4: error: bài viết ghi chi bộ không trực thuộc trang này 'ap-1'; "
                + "'ap-1' là chi bộ của đơn vị 'giong-rieng/xa-a' (../district/xa-a/): bài viết của trang này ghi chi bộ của đơn vị "
                + "theo dạng '<đơn vị>/<đơn vị cấp dưới>/<chi bộ>', hãy ghi branch: giong-rieng/xa-a/ap-1 / unknown branch 'ap-1' "
                + "(a branch of the unit 'giong-rieng/xa-a' (../district/xa-a/): write branch: giong-rieng/xa-a/ap-1)")
    }

    /// The province's minutes naming a commune's branch (its id alone, the way down to it, or
    /// the way without the district) are told whose branch it is, the commune with its district
    /// and its folder, and that the file belongs there.
    func testMinutesOfTheProvinceNamingACommunesBranchAreToldWhereTheFileBelongs() throws {
        let file = "content/minutes/2024/ap-1-2024-09.md"
        for named in ["ap-1", "giong-rieng/xa-a/ap-1", "xa-a/ap-1"] {
            try assertBuildFails(
                with: [file: "---\nkind: thuong-ky\ndate: 2024-09-10\nbranch: \(named)\n---\nNội dung.\n"],
                reporting: "\(file):4: error: biên bản ghi chi bộ không trực thuộc trang này '\(named)'; 'ap-1' là chi bộ của đơn vị "
                    + "'giong-rieng/xa-a' (../district/xa-a/): tệp của trang này chỉ ghi được chi bộ trực thuộc của chính nó, "
                    + "hãy đặt tệp vào thư mục của đơn vị đó / unknown branch '\(named)' (a branch of the unit 'giong-rieng/xa-a': "
                    + "put the file in the unit's folder)")
        }
    }

    /// A commune's branch scored in the province's table of its districts (by its id alone or by
    /// the way down to it) is said to be the commune's, whose scores belong in its folder.
    func testACommunesBranchInTheProvincesUnitScoresIsToldWhereItsScoresBelong() throws {
        let file = "content/unit-evaluations/2024.yaml"
        for named in ["ap-1", "giong-rieng/xa-a/ap-1"] {
            let scores = """
                title: Kết quả chấm điểm năm 2024
                scores:
                  giong-rieng: { chinh-tri: 26, xay-dung-dang: 26, doan-ket: 17, can-bo: 17 }
                  \(named): { chinh-tri: 26, xay-dung-dang: 26, doan-ket: 17, can-bo: 17 }
                """
            try assertBuildFails(
                with: [file: scores],
                reporting: "\(file):4: error: bảng điểm ghi đơn vị không có trong 'units' của site.yaml '\(named)'; 'ap-1' là chi bộ của "
                    + "đơn vị 'giong-rieng/xa-a' (../district/xa-a/): bảng điểm này chỉ chấm các đơn vị trong 'units' của site.yaml, "
                    + "điểm của chi bộ ghi trong ../district/xa-a/content/evaluations/ của đơn vị / unknown unit '\(named)' "
                    + "(a branch of the unit 'giong-rieng/xa-a' (../district/xa-a/): its scores belong in the unit's content/evaluations/)")
        }
    }
}
