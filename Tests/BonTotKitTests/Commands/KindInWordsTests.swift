import BonTotKit
import Foundation
import XCTest

/// `--kind` of `bontot new` and `bontot import minutes` takes the kind in words, as a clerk types
/// it ("chuyên đề", "Khu dân cư"), as well as its id; a word that names no kind is still refused
/// with the list of kinds.
final class KindInWordsTests: FolderTestCase {
    func testAKindTypedInWordsIsTheKindItNames() throws {
        let site = folder.appending(path: "trang")
        XCTAssertEqual(try BontotProcess.run(["init", site.path]).status, 0)
        let minutes = try BontotProcess.run(["new", "minutes", "--branch", "khu-dan-cu-so-1", "--date", "2025-03-20",
                                             "--kind", "Chuyên đề", "--site", site.path])
        XCTAssertEqual(minutes.status, 0, minutes.errors)
        XCTAssertEqual(minutes.output, "Đã tạo \(site.path)/content/minutes/2025/khu-dan-cu-so-1-2025-03-chuyen-de.md\n")
        let branch = try BontotProcess.run(["new", "branch", "--name", "Chi bộ Công an xã", "--kind", "công an", "--site", site.path])
        XCTAssertEqual(branch.status, 0, branch.errors)
        // As the pages name the kinds: "Họp cấp ủy", "Chi bộ khu dân cư".
        let committee = try BontotProcess.run(["new", "minutes", "--branch", "khu-dan-cu-so-1", "--date", "2025-03-25",
                                               "--kind", "Họp cấp ủy", "--site", site.path])
        XCTAssertEqual(committee.output, "Đã tạo \(site.path)/content/minutes/2025/khu-dan-cu-so-1-2025-03-cap-uy.md\n", committee.errors)
        let hamlet = try BontotProcess.run(["new", "branch", "--name", "Chi bộ ấp Mới", "--kind", "Chi bộ khu dân cư", "--site", site.path])
        XCTAssertEqual(hamlet.status, 0, hamlet.errors)
        let loaded = SiteLoader.load(root: site)
        XCTAssertEqual(loaded.site?.minutes.first { $0.slug == "khu-dan-cu-so-1-2025-03-chuyen-de" }?.kind, .chuyenDe)
        XCTAssertEqual(loaded.site?.branch(id: "chi-bo-cong-an-xa")?.kind, .congAn)
        XCTAssertEqual(loaded.site?.branch(id: "chi-bo-ap-moi")?.kind, .khuDanCu)

        let wrong = try BontotProcess.run(["new", "minutes", "--branch", "khu-dan-cu-so-1", "--date", "2025-04-20",
                                           "--kind", "họp mặt", "--site", site.path])
        XCTAssertEqual(wrong.status, 64)
        XCTAssertTrue(wrong.errors.contains("--kind không nhận 'họp mặt'; dùng một trong: thuong-ky, chuyen-de, cap-uy, bat-thuong"),
                      wrong.errors)
    }

    /// "--kind 'chi ủy'" (and "chi uy", "họp chi ủy", "Họp Chi uỷ") was refused: the committee's
    /// meeting goes by the branch committee's name as often as by "cấp ủy", as the import reads
    /// it in a title.
    func testTheBranchCommitteesNameIsTheCommitteesMeeting() throws {
        let site = folder.appending(path: "trang")
        XCTAssertEqual(try BontotProcess.run(["init", site.path]).status, 0)
        for (day, kind) in [(20, "chi ủy"), (21, "chi uy"), (22, "họp chi ủy"), (23, "Họp Chi uỷ")] {
            let minutes = try BontotProcess.run(["new", "minutes", "--branch", "khu-dan-cu-so-1", "--date", "2025-03-\(day)",
                                                 "--kind", kind, "--site", site.path])
            XCTAssertEqual(minutes.status, 0, "\(kind): \(minutes.errors)")
            XCTAssertEqual(minutes.output, "Đã tạo \(site.path)/content/minutes/2025/khu-dan-cu-so-1-2025-03-cap-uy.md\n", kind)
            // The next kind's file is the same month's: the one written is taken away.
            try? FileManager.default.removeItem(at: site.appending(path: "content/minutes/2025/khu-dan-cu-so-1-2025-03-cap-uy.md"))
        }
    }
}
