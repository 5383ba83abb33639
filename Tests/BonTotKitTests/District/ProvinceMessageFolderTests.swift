@testable import BonTotKit
import Foundation
import XCTest

/// A district built inside a province: its own messages naming a commune's folder or file name
/// it from the province, where the clerk runs `bontot` (`../district/xa-a/`), as they name the
/// district's files, not from the district (`xa-a/`), where the clerk would not find it.
final class ProvinceMessageFolderTests: XCTestCase {
    private let district = ProvinceFixture.districtFolder

    /// Builds the province with `districtChanges` over its district; its diagnostics, one line each.
    private func problems(_ districtChanges: [String: String?], succeeds: Bool,
                          file: StaticString = #filePath, line: UInt = #line) throws -> [String] {
        let province = try ProvinceFixture.prepare(for: self, districtChanges: districtChanges)
        let report = province.build()
        XCTAssertEqual(report.succeeded, succeeds, report.problems, file: file, line: line)
        return report.diagnostics.sorted.map(\.description)
    }

    /// The district's minutes, unit scores and story naming a commune's branch are told the
    /// commune's folder, and where the scores belong, from the province.
    func testTheDistrictsFilesNamingACommunesBranchNameItsFolderFromTheProvince() throws {
        let minutes = "content/minutes/2024/ap-1-2024-09.md"
        let scores = "content/unit-evaluations/2024.yaml"
        let scoresText = try String(contentsOf: BuiltSite.fixtures.appending(path: "district/" + scores), encoding: .utf8)
        XCTAssertEqual(try problems([
            minutes: "---\nkind: thuong-ky\ndate: 2024-09-10\nbranch: ap-1\n---\nNội dung.\n",
            scores: scoresText + "  ap-1: { chinh-tri: 26, xay-dung-dang: 26, doan-ket: 17, can-bo: 17 }\n",
            DistrictStoryUnitBranchTests.storyFile: DistrictStoryUnitBranchTests.story(branch: "xa-a/ap-bac-1"),
        ], succeeds: false), [
            "\(district)\(minutes):4: error: biên bản ghi chi bộ không trực thuộc trang này 'ap-1'; 'ap-1' là chi bộ của đơn vị "
                + "'xa-a' (\(district)xa-a/): tệp của trang này chỉ ghi được chi bộ trực thuộc của chính nó, hãy đặt tệp vào thư mục "
                + "của đơn vị đó / unknown branch 'ap-1' (a branch of the unit 'xa-a': put the file in the unit's folder)",
            "\(district)\(DistrictStoryUnitBranchTests.storyFile):4: error: bài viết ghi chi bộ không tồn tại 'xa-a/ap-bac-1': "
                + "đơn vị 'xa-a' (\(district)xa-a/) không có chi bộ 'ap-bac-1'; 'ap-bac-1' là chi bộ của đơn vị 'xa-b' "
                + "(\(district)xa-b/), hãy ghi branch: xa-b/ap-bac-1 / unknown branch 'xa-a/ap-bac-1' (a branch of the unit "
                + "'xa-b' (\(district)xa-b/): write branch: xa-b/ap-bac-1)",
            "\(district)\(scores):10: error: bảng điểm ghi đơn vị không có trong 'units' của site.yaml 'ap-1'; 'ap-1' là chi bộ "
                + "của đơn vị 'xa-a' (\(district)xa-a/): bảng điểm này chỉ chấm các đảng bộ cơ sở, điểm của chi bộ ghi trong "
                + "\(district)xa-a/content/evaluations/ của đơn vị / unknown unit 'ap-1' (a branch of the unit 'xa-a' "
                + "(\(district)xa-a/): its scores belong in the unit's content/evaluations/)",
        ])
    }

    /// The district's entry of a commune whose folder is missing names the folder from the
    /// province beside the path as the district writes it.
    func testTheDistrictsEntryOfAMissingCommuneNamesItsFolderFromTheProvince() throws {
        XCTAssertEqual(try problems(["site.yaml": DistrictFixture.siteYAML(adding: "  - { id: xa-z, path: xa-z }")], succeeds: false), [
            "\(district)site.yaml:9: error: thư mục của đơn vị 'xa-z' không tồn tại: 'xa-z' (\(district)xa-z/) "
                + "/ the unit's folder does not exist",
        ])
    }

    /// The district's warnings about a commune (another committee named as its `parent`, no
    /// branch scores for the district's period) name the commune's files from the province.
    func testTheDistrictsWarningsAboutACommuneNameItsFilesFromTheProvince() throws {
        XCTAssertEqual(try problems([
            "xa-c/site.yaml": "title: Cổng thông tin Đảng bộ xã Long Thạnh\norganization: Đảng bộ xã Long Thạnh\n"
                + "parent: Đảng bộ huyện Châu Thành\nplace: Long Thạnh\n",
            "xa-b/content/evaluations/2024.yaml": nil,
        ], succeeds: true), [
            "\(district)content/unit-evaluations/2024.yaml:4: warning: đơn vị 'xa-b' (Đảng bộ xã Ấp Bắc) chưa chấm điểm chi bộ nào "
                + "kỳ 2024 trong \(district)xa-b/content/evaluations/ của mình (đơn vị chưa có kỳ chấm điểm chi bộ nào), nên không "
                + "xét được tỷ lệ chi bộ đạt “Chi bộ 4 tốt” (cần 60,0 %) và chưa đạt “Đảng bộ cơ sở 4 tốt” "
                + "/ the unit ranked none of its branches in 2024",
            "\(district)site.yaml:8: warning: đơn vị 'xa-c' ghi cấp trên (trường 'parent' trong \(district)xa-c/site.yaml) là "
                + "'Đảng bộ huyện Châu Thành', khác tên trang này ('organization': 'Đảng bộ huyện Giồng Riềng'); bản tin của đơn vị "
                + "sẽ in 'Đảng bộ huyện Châu Thành' làm cấp ủy cấp trên, hãy sửa một trong hai tên cho khớp "
                + "/ the unit's parent differs from this site's organization",
        ])
    }

    /// A commune's own warnings naming another of its files (a branch's `members` or `founded`,
    /// a branch of the same name, another record of the meeting) or its folders name them from
    /// the province, as the warnings' places are named; so does the command to import a Word
    /// document left among its minutes, into the commune's site.
    func testACommunesWarningsNamingItsOtherFilesNameThemFromTheProvince() throws {
        func fixture(_ path: String) throws -> String {
            try String(contentsOf: BuiltSite.fixtures.appending(path: "district/" + path), encoding: .utf8)
        }
        let minutes = "xa-a/content/minutes/2024/ap-1-2024-09.md", branch = "xa-b/content/branches/ap-bac-2.yaml"
        let meeting = "xa-b/content/minutes/2024/ap-bac-1-2024-09.md", copied = "xa-b/content/minutes/2024/ap-bac-1-2024-09-nhap-lai.md"
        let founded = "xa-c/content/branches/kenh-1.yaml", word = "xa-a/content/minutes/2024/bien-ban.docx"
        XCTAssertEqual(try problems([
            minutes: try fixture(minutes).replacingOccurrences(of: "present: 20, expected: 22", with: "present: 50, expected: 52"),
            branch: try fixture(branch).replacingOccurrences(of: "name: Chi bộ ấp Bắc Hai", with: "name: Chi bộ ấp Bắc Một"),
            copied: try fixture(meeting),
            founded: try fixture(founded) + "founded: 2024-10-01\n",
            word: "một biên bản Word",
        ], succeeds: true), [
            "\(district)\(minutes):7: warning: số phải dự (52) nhiều hơn số đảng viên của chi bộ (42, theo 'members' ghi ở "
                + "\(district)xa-a/content/branches/ap-1.yaml); hãy kiểm tra lại số phải dự hoặc số đảng viên "
                + "/ more members expected (52) than the branch has (42)",
            "\(district)\(word): warning: tệp không được đọc: thư mục \(district)xa-a/content/minutes chỉ đọc tệp .md; biên bản "
                + "Word hãy chuyển bằng 'bontot import minutes \(district)\(word) --branch <mã chi bộ> --site \(district)xa-a', rồi "
                + "xoá tệp .docx khỏi thư mục này / not read: \(district)xa-a/content/minutes reads only .md files",
        ] + ["ap-bac-1", "ap-bac-2"].map { id in
            let files = "\(district)xa-b/content/branches/ap-bac-1.yaml, \(district)xa-b/content/branches/ap-bac-2.yaml"
            return "\(district)xa-b/content/branches/\(id).yaml:1: warning: 02 chi bộ cùng tên 'Chi bộ ấp Bắc Một': \(files); danh "
                + "sách và bảng xếp hạng sẽ có 2 dòng cùng tên. Hãy sửa 'name' cho đúng chi bộ, hoặc xoá tệp chép thừa "
                + "/ 2 branches are named 'Chi bộ ấp Bắc Một': \(files)"
        } + [copied, meeting].map { file in
            let files = "\(district)\(copied), \(district)\(meeting)"
            return "\(district)\(file):2: warning: 2 biên bản cùng ghi một cuộc họp (chi bộ 'ap-bac-1', ngày 2024-09-06, sinh hoạt "
                + "thường kỳ): \(files); bản tin và bảng nền nếp sẽ đếm thành 2 cuộc. Nếu một biên bản bị nhập hai lần, hãy xóa tệp "
                + "thừa / 2 minutes record one meeting (branch 'ap-bac-1', 2024-09-06, thuong-ky): \(files)"
        } + [
            "\(district)xa-c/content/minutes/2024/kenh-1-2024-09.md:3: warning: biên bản ghi ngày 10 tháng 9 năm 2024, trước ngày "
                + "thành lập Chi bộ ấp Kênh Một (ngày 01 tháng 10 năm 2024, ghi ở \(district)\(founded):6); hãy kiểm tra lại ngày họp "
                + "hoặc ngày thành lập / the meeting is dated before its branch was founded",
        ])
    }

    /// A commune's and the district's errors naming another of their files (two score files of
    /// one period, a commune's unit rubric while it lists no units) name it from the province.
    func testErrorsNamingAnotherFileOfTheUnitNameItFromTheProvince() throws {
        XCTAssertEqual(try problems([
            "xa-b/content/evaluations/2024.csv": "branch;chinh-tri;sinh-hoat;doan-ket;dang-vien\nap-bac-1;28;28;18;18\n",
            "content/unit-evaluations/2024.csv": "unit;chinh-tri;xay-dung-dang;doan-ket;can-bo\nxa-a;26;26;17;17\n",
            "xa-c/content/unit-rubric.yaml": try String(contentsOf: BuiltSite.fixtures.appending(path: "district/content/unit-rubric.yaml"),
                                                        encoding: .utf8),
        ], succeeds: false), [
            "\(district)content/unit-evaluations/2024.yaml:1: error: kỳ '2024' đã có trong "
                + "\(district)content/unit-evaluations/2024.csv / the period is scored twice",
        ] + ["csv", "yaml"].map { format in
            let files = "\(district)xa-b/content/evaluations/2024.csv, \(district)xa-b/content/evaluations/2024.yaml"
            return "\(district)xa-b/content/evaluations/2024.\(format):1: error: kỳ đánh giá '2024' bị trùng giữa các tệp \(files) "
                + "(chỉ giữ một tệp điểm (.yaml, .csv hoặc .xlsx) cho mỗi kỳ) / evaluation period '2024' is claimed by 2 files: \(files)"
        } + [
            "\(district)xa-c/site.yaml:1: error: trang có \(district)xa-c/content/unit-rubric.yaml (thang điểm, điểm của đảng bộ cơ sở) "
                + "nhưng site.yaml không liệt kê đơn vị nào trong 'units:'; cổng thông tin sẽ thiếu mọi đảng bộ cơ sở. Hãy ghi 'units:' "
                + "với mỗi đơn vị '- { id: …, path: … }' / district files but no 'units:' listed",
        ])
    }

    /// A commune taken from its snapshot after its folder was renamed (its id kept): its
    /// warnings name its files in the folder as it is named now.
    func testACommuneRenamedNamesItsFilesInItsNewFolder() throws {
        let branch = "xa-c/content/branches/kenh-2.yaml"
        let text = try String(contentsOf: BuiltSite.fixtures.appending(path: "district/" + branch), encoding: .utf8)
        let province = try ProvinceFixture.prepare(for: self, districtChanges: [
            branch: text.replacingOccurrences(of: "name: Chi bộ ấp Kênh Hai", with: "name: Chi bộ ấp Kênh Một"),
        ])
        // Settled, so that the commune is kept as a snapshot.
        Thread.sleep(forTimeInterval: Double(BonTotKit.FileStamp.settling) + 1.2)
        XCTAssertTrue(province.build().succeeded)
        try province.move(district + "xa-c", to: district + "xa-long-thanh")
        try province.write(district + "site.yaml", DistrictFixture.siteYAML(thirdUnit: "- { id: xa-c, path: xa-long-thanh }"))
        let report = province.build()
        XCTAssertTrue(report.succeeded, report.problems)
        let folder = "\(district)xa-long-thanh/content/branches/"
        XCTAssertEqual(report.diagnostics.sorted.map(\.description), ["kenh-1", "kenh-2"].map { id in
            "\(folder)\(id).yaml:1: warning: 02 chi bộ cùng tên 'Chi bộ ấp Kênh Một': \(folder)kenh-1.yaml, \(folder)kenh-2.yaml; "
                + "danh sách và bảng xếp hạng sẽ có 2 dòng cùng tên. Hãy sửa 'name' cho đúng chi bộ, hoặc xoá tệp chép thừa "
                + "/ 2 branches are named 'Chi bộ ấp Kênh Một': \(folder)kenh-1.yaml, \(folder)kenh-2.yaml"
        })
    }
}
