import BonTotKit
import XCTest

/// Files that name a branch that does not exist, and files that claim one id or slug.
final class ReferenceValidationTests: XCTestCase {
    func testMinutesNamingAnUnknownBranch() throws {
        let path = "content/minutes/2024/ap-2-2024-10.md"
        try assertDiagnostics([path: "---\ndate: 2024-10-04\nkind: thuong-ky\nbranch: ap2\n---\n"],
                              [.error(path, 4, "unknown branch 'ap2' (có phải 'ap-2'? / did you mean 'ap-2'?)")])
    }

    /// The story's `branch:` line, not the first line of its front matter.
    func testStoryNamingAnUnknownBranch() throws {
        let path = "content/stories/hien-dat.md"
        try assertDiagnostics([path: "---\ntitle: Ấp 2 hiến đất làm đường\nkind: tap-the\ndate: 2024-08-15\nbranch: ap-3-cu\n---\n"],
                              [.error(path, 5, "unknown branch 'ap-3-cu'")])
    }

    /// The other problems of the file do not hide the unknown branch.
    func testUnknownBranchIsReportedBesideOtherErrors() throws {
        let path = "content/minutes/2024/ap-2-2024-10.md"
        try assertDiagnostics([path: "---\nbranch: ap-9\ndate: 2024-02-30\nkind: thuong-ky\n---\n"], [
            .error(path, 2, "unknown branch 'ap-9'"),
            .error(path, 3, "the date does not exist"),
        ])
    }

    func testEvaluationNamingAnUnknownBranch() throws {
        let yaml = "content/evaluations/2023.yaml"
        try assertDiagnostics([yaml: """
            period: 2023
            scores:
              cong-an-x:
                nhiem-vu-chinh-tri: { chi-tieu: 9, tien-do: 9 }
                sinh-hoat: 15
                doan-ket-ky-luat: 12
                dang-vien: 11
            """], [.error(yaml, 3, "bảng điểm ghi chi bộ không tồn tại 'cong-an-x' / unknown branch 'cong-an-x' (có phải 'cong-an-xa'? / did you mean 'cong-an-xa'?)")])
        let csv = "content/evaluations/2024.csv"
        try assertDiagnostics([csv: """
            branch;nhiem-vu-chinh-tri;sinh-hoat;doan-ket-ky-luat;dang-vien
            ap-1;20;20;15;15
            truong-thpt-hoa-thuan;22;21;15;15
            """], [.error(csv, 3, "unknown branch 'truong-thpt-hoa-thuan'")])
    }

    /// A branch file that fails to load still exists: files naming it are not reported as well.
    func testABrokenBranchFileIsReportedOnce() throws {
        try assertDiagnostics(["content/branches/cong-an-xa.yaml": "name: Chi bộ Công an xã\nkind: cong-an\nsecretary: \"Võ\n"],
                              [.error("content/branches/cong-an-xa.yaml", 3, "YAML syntax error")])
    }

    func testBranchScoredTwiceInOnePeriod() throws {
        let csv = "content/evaluations/2024.csv"
        try assertDiagnostics([csv: "branch,nhiem-vu-chinh-tri,sinh-hoat,doan-ket-ky-luat,dang-vien\nap-1,20,25,17,18\nap-2,24,25,17,16\nap-1,20,25,17,18\n"],
                              [.error(csv, 4, "'ap-1' được chấm hai lần trong kỳ (lần đầu ở dòng 2, có thể là một dòng đang ẩn trong Excel) / scored twice")])
    }

    func testBranchGivenAsBothYAMLAndMarkdown() throws {
        let yaml = "content/branches/truong-thcs.yaml", markdown = "content/branches/truong-thcs.md"
        try assertDiagnostics([yaml: "name: Chi bộ Trường THCS\nkind: truong-hoc\n"], [
            .error(markdown, 1, "branch id 'truong-thcs' is claimed by 2 files: \(markdown), \(yaml)"),
            .error(yaml, 1, "branch id 'truong-thcs' is claimed by 2 files: \(markdown), \(yaml)"),
        ])
    }

    /// Two titles that fold to one slug, in two files: each file's `title:` line names both files.
    func testTwoStoriesWithTheSameTitle() throws {
        let first = "content/stories/bi-thu-8x.md", second = "content/stories/bai-moi.md"
        try assertDiagnostics([second: "---\nkind: ca-nhan\ntitle: Bí thư 8X xông pha trong lũ!\ndate: 2024-10-02\n---\n"], [
            .error(first, 2, "story slug 'bi-thu-8x-xong-pha-trong-lu' is claimed by 2 files: \(second), \(first)"),
            .error(second, 3, "slug bài viết 'bi-thu-8x-xong-pha-trong-lu' bị trùng giữa các tệp \(second), \(first)"),
        ])
    }

    func testStorySlugFieldClashingWithAFoldedTitle() throws {
        let path = "content/stories/khac.md"
        try assertDiagnostics([path: "---\ntitle: Một bài khác\nslug: ap-2-hien-dat\nkind: mo-hinh\ndate: 2024-10-02\n---\n"], [
            .error("content/stories/hien-dat.md", 3, "story slug 'ap-2-hien-dat'"),
            .error(path, 3, "story slug 'ap-2-hien-dat'"),
        ])
    }

    func testTwoMinutesWithOneFileNameInDifferentYears() throws {
        let older = "content/minutes/2023/ap-2-2024-09.md", newer = "content/minutes/2024/ap-2-2024-09.md"
        try assertDiagnostics([older: "---\nbranch: ap-2\ndate: 2023-09-06\nkind: thuong-ky\n---\n"], [
            .error(older, 1, "minutes slug 'ap-2-2024-09' is claimed by 2 files: \(older), \(newer)"),
            .error(newer, 1, "minutes slug 'ap-2-2024-09' is claimed by 2 files: \(older), \(newer)"),
            .warning(older, 3, "tên tệp 'ap-2-2024-09' ghi tháng 09/2024 nhưng 'date' là 2023-09-06"),
        ])
    }

    func testTwoEvaluationsOfOnePeriod() throws {
        let yaml = "content/evaluations/2024.yaml", csv = "content/evaluations/2024.csv"
        try assertDiagnostics([yaml: "period: 2024\nscores: {}\n"], [
            .error(csv, 1, "evaluation period '2024' is claimed by 2 files: \(csv), \(yaml)"),
            .error(yaml, 1, "evaluation period '2024' is claimed by 2 files: \(csv), \(yaml)"),
        ])
    }

    func testSlugsThatCannotBePages() throws {
        try assertDiagnostics(["content/minutes/2024/Biên bản tháng 10.md": "---\nbranch: ap-2\ndate: 2024-10-04\nkind: thuong-ky\n---\n"],
                              [.error("content/minutes/2024/Biên bản tháng 10.md", 1, "gợi ý: 'bien-ban-thang-10'")])
        try assertDiagnostics(["content/stories/chu-de.md": "---\ntitle: Chủ đề\nkind: mo-hinh\ndate: 2024-10-02\n---\n"],
                              [.error("content/stories/chu-de.md", 2, "the slug 'chu-de' is reserved")])
        try assertDiagnostics(["content/stories/dau.md": "---\ntitle: \"???\"\nkind: mo-hinh\ndate: 2024-10-02\n---\n"],
                              [.error("content/stories/dau.md", 2, "the title gives no slug")])
    }
}
