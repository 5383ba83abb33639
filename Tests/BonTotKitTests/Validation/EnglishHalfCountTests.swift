import BonTotKit
import XCTest

/// A message's English half counts with its noun in the singular for one: "has 1 cell",
/// "1 name under 'absent'", "1 member rated", as it says "3 cells" for three.
final class EnglishHalfCountTests: SiteCopyTestCase {
    func testARowOfDashesOfOneCellSaysOneCell() throws {
        let heading = try storyBodyWarnings("Kết quả:\n| STT | Họ và tên | Chức vụ |\n---\n| 1 | An | Bí thư |\n", containing: "gạch ngang")
        XCTAssertEqual(heading.count, 1, "\(heading)")
        XCTAssertTrue(heading.first?.message.hasSuffix("has 1 cell and its head row 3: type '|---|---|---|'") ?? false, "\(heading)")

        let printed = try storyBodyWarnings("| STT | Tên |\n|—|—|—|\n| 1 | An |\n", containing: "gạch ngang")
        XCTAssertTrue(printed.first?.message.contains("has 3 cells and its head row 2") ?? false, "\(printed)")
    }

    func testOneNameUnderAbsentSaysOneName() throws {
        let minutes = "content/minutes/2024/ap-2-2024-10.md"
        let loaded = SiteLoader.load(root: keep(try ValidationSite.make("minimal", [
            minutes: .text("---\nbranch: ap-2\ndate: 2024-10-04\nkind: thuong-ky\n"
                           + "attendance: { present: 83, expected: 83, excused: 0, unexcused: 0 }\n"
                           + "absent:\n  - { name: Đảng Viên Số 1, reason: ốm }\n---\nNội dung.\n"),
            "content/branches/ap-2.yaml": .text("name: Chi bộ ấp 2\nkind: khu-dan-cu\ncluster: cum-ap\nmembers: { official: 90, probationary: 0 }\n"),
        ])))
        let found = loaded.diagnostics.sorted.filter { $0.field == "absent" }
        XCTAssertEqual(found.map(\.message).map { $0.hasSuffix("/ 1 name under 'absent', but excused 0 + unexcused 0 = 0") }, [true], "\(found)")
    }

    func testOneMemberRatedSaysOneMember() throws {
        let branch = "content/branches/cong-an-xa.yaml"
        let loaded = SiteLoader.load(root: keep(try ValidationSite.make("minimal", [
            branch: .text("name: Chi bộ Công an xã\nkind: cong-an\nmembers: { official: 0, probationary: 0 }\nmember_ratings:\n  2024: { tot: 1 }\n"),
        ])))
        let found = loaded.diagnostics.sorted.filter { $0.field == "member_ratings.2024" }
        XCTAssertEqual(found.map(\.message).map { $0.hasSuffix("/ 1 member rated in 2024, more than the branch's 0") }, [true], "\(found)")
    }
}
