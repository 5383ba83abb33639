@testable import BonTotKit
import Foundation
import XCTest

/// A branch file renamed to a longer id (`ap-bac.yaml` → `ap-bac-cu.yaml`, `truong-thcs.md` →
/// `truong-thcs-hoa-thuan.md`), the files naming the old id left as they were: each minutes,
/// story and score row naming it is told the branch's new id and its file, once, where it was
/// told only "unknown branch", the new id too far from the old for a look-alike.
final class RenamedBranchFileTests: XCTestCase {
    private static let school = """
        ---
        name: Chi bộ Trường Trung học cơ sở Hòa Thuận
        kind: truong-hoc
        secretary: Huỳnh Minh Quang
        members: { official: 18, probationary: 2 }
        ---
        Chi bộ được thành lập năm 1995.

        """

    private static let minutes = """
        ---
        branch: truong-thcs
        date: 2024-09-12
        kind: thuong-ky
        attendance: { present: 18, expected: 20, excused: 2, unexcused: 0 }
        ---
        Chi bộ triển khai năm học mới.

        """

    private static let story = """
        ---
        title: Thầy cô trường THCS giúp học sinh vùng lũ
        kind: tap-the
        branch: truong-thcs
        date: 2024-09-25
        ---
        Nội dung.

        """

    /// The errors `bontot check` reports about the unknown branch `id`, as "file:line: message".
    private func unknown(_ id: String, changes: [String: String?]) throws -> [String] {
        let root = try BuiltSite.prepare("portal", changes: changes)
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        return SiteLoader.load(root: root).diagnostics.sorted
            .filter { $0.severity == .error && $0.message.contains("unknown branch '\(id)'") }
            .map { "\($0.location.file):\($0.location.line): \($0.message)" }
    }

    func testAMinutesAStoryAndScoreRowsNamingTheOldIdAreToldTheNewIdAndItsFile() throws {
        let found = try unknown("truong-thcs", changes: [
            "content/branches/truong-thcs.md": nil,
            "content/branches/truong-thcs-hoa-thuan.md": Self.school,
            "content/minutes/2024/truong-thcs-2024-09.md": Self.minutes,
            "content/stories/thay-co-vung-lu.md": Self.story,
        ])
        XCTAssertEqual(found.map { String($0.prefix { $0 != " " }) }, [
            "content/evaluations/2023.yaml:7:", "content/evaluations/2024.csv:6:",
            "content/minutes/2024/truong-thcs-2024-09.md:2:", "content/stories/thay-co-vung-lu.md:4:",
        ], found.joined(separator: "\n"))
        for line in found {
            XCTAssertTrue(line.contains("có phải 'Chi bộ Trường Trung học cơ sở Hòa Thuận' (content/branches/truong-thcs-hoa-thuan.md)? "
                                        + "mã của chi bộ này nay là 'truong-thcs-hoa-thuan': hãy ghi branch: truong-thcs-hoa-thuan"), line)
            XCTAssertEqual(line.components(separatedBy: "có phải").count, 2, "one suggestion: \(line)")
        }
    }

    /// `ap-bac.yaml` renamed `ap-bac-cu.yaml` (the score rows, which read the name "Chi bộ ấp Ấp
    /// Bắc", already take it), or `xom-bac.yaml`, its name still holding `ap-bac`.
    func testTheOldIdHeldByTheNewIdOrByTheKeptName() throws {
        for renamed in ["ap-bac-cu", "xom-bac"] {
            let kept = try String(contentsOf: BuiltSite.fixtures.appending(path: "portal/content/branches/ap-bac.yaml"), encoding: .utf8)
            let found = try unknown("ap-bac", changes: ["content/branches/ap-bac.yaml": nil, "content/branches/\(renamed).yaml": kept])
            XCTAssertEqual(found.count, 3, found.joined(separator: "\n"))
            for line in found {
                XCTAssertTrue(line.contains("có phải 'Chi bộ ấp Ấp Bắc' (content/branches/\(renamed).yaml)? "
                                            + "mã của chi bộ này nay là '\(renamed)': hãy ghi branch: \(renamed) "), line)
            }
        }
    }

    /// Two branches holding the old id: neither is suggested, rather than a guess (the score
    /// rows, whose shortened name then fits both, are errors too).
    func testNoSuggestionWhenTwoBranchesHoldTheOldId() throws {
        let kept = try String(contentsOf: BuiltSite.fixtures.appending(path: "portal/content/branches/ap-bac.yaml"), encoding: .utf8)
        let found = try unknown("ap-bac", changes: [
            "content/branches/ap-bac.yaml": nil,
            "content/branches/ap-bac-cu.yaml": kept,
            "content/branches/ap-bac-moi.yaml": kept.replacingOccurrences(of: "Ấp Bắc", with: "Bắc Mới"),
        ])
        XCTAssertEqual(found.count, 5, found.joined(separator: "\n"))
        XCTAssertFalse(found.contains { $0.contains("có phải") }, found.joined(separator: "\n"))
    }
}
