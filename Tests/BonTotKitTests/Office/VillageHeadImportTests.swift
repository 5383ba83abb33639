@testable import BonTotKit
import Foundation
import XCTest

/// What `import minutes` writes of "vắng 01 đồng chí: Trưởng thôn Nam (ốm)" for a branch whose file
/// names a member Nam (SPEC §8): the village head's office makes "Nam" the village, not the
/// member, who was written absent.
final class VillageHeadImportTests: DocumentsSiteTestCase {
    private let path = "content/minutes/2026/ap-1-2026-11.md"

    func testAVillageNamedAsAMemberIsNoMember() throws {
        let branch = root.appending(path: "content/branches/ap-1.yaml")
        let text = try String(contentsOf: branch, encoding: .utf8)
        try text.replacingOccurrences(of: "deputies: [Lê Thị Hoa]", with: "deputies: [Lê Thị Hoa]\ncommittee: [Nguyễn Văn Nam]")
            .write(to: branch, atomically: true, encoding: .utf8)
        let name = "bien-ban-truong-thon-nam.docx"
        let report = MinutesImport.run(OfficeFixtures.folder.appending(path: name), source: name, siteRoot: root, branch: "ap-1",
                                       kind: nil, dryRun: false)
        XCTAssertEqual(report.outcomes.map(\.path), [path])
        XCTAssertEqual(report.diagnostics.sorted.map(\.description), [
            "\(path):10: warning: biên bản '\(name)' ghi 'Nam' sau 'vắng' ('vắng 01 đồng chí: Trưởng thôn Nam (ốm)'): "
                + "là tên đảng viên vắng mặt hay nơi đồng chí vắng mặt đang ở? chưa ghi vào 'absent'; nếu là tên đảng viên, thêm "
                + "'- { name: Nam }' dưới 'absent:' / '\(name)' writes 'Nam' after 'vắng', a place or "
                + "an absent member's name: not written under absent; add it if it is a member",
        ])
        let written = try String(contentsOf: root.appending(path: path), encoding: .utf8)
        XCTAssertTrue(written.contains("attendance: { present: 82, expected: 83, excused: 1, unexcused: 0 }   # lý do vắng (không ghi tên): ốm\n"),
                      written)
        XCTAssertFalse(written.contains("absent:"), written)
    }
}
