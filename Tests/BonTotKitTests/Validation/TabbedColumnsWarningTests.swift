import BonTotKit
import Foundation
import XCTest

/// A table copied from Word and pasted as text keeps its columns apart with tabs, which the page
/// cannot show: the lines would print run together. The check warns at them, with their lines
/// and how to write a table with pipes; code, a pipe table and a single tabbed line pass.
final class TabbedColumnsWarningTests: SiteCopyTestCase {
    private static let head = "---\ntitle: Bí thư 8X xông pha trong lũ\nkind: ca-nhan\nperson: Đặng Văn Bình\nbranch: ap-1\n"
        + "date: 2024-10-01\nsummary: Người bí thư trẻ dẫn đầu đoàn cứu hộ.\n---\n"

    private func warnings(_ body: String) throws -> [Diagnostic] {
        let root = keep(try ValidationSite.make("minimal", ["content/stories/bi-thu-8x.md": .text(Self.head + body)]))
        return SiteLoader.load(root: root).diagnostics.sorted.filter { $0.message.contains("phím Tab") }
    }

    func testLinesWithTabbedColumnsAreToldWithTheirLines() throws {
        let found = try warnings("Danh sách đảng viên:\n\nSTT\tHọ và tên\tChức vụ\n1\tNguyễn Văn An\tBí thư\n2\tLê Thị Bình\t\n\nHết.\n")
        XCTAssertEqual(found.count, 1, "\(found)")
        let warning = try XCTUnwrap(found.first)
        XCTAssertEqual(warning.severity, .warning)
        XCTAssertEqual(warning.location.file, "content/stories/bi-thu-8x.md")
        XCTAssertEqual(warning.location.line, 11)
        XCTAssertTrue(warning.message.hasPrefix("dòng 11–13 có các cột cách nhau bằng phím Tab"), warning.message)
        XCTAssertTrue(warning.message.contains("'| STT | Họ và tên |'"), warning.message)
    }

    func testCodeAPipeTableAndASingleTabbedLinePass() throws {
        XCTAssertEqual(try warnings("```\na\tb\nc\td\n```\n\n\ta\tb\n\tc\td\n").count, 0, "code keeps its tabs")
        XCTAssertEqual(try warnings("| STT\t| Tên\t|\n|---|---|\n| 1\t| An |\n").count, 0, "a pipe table with tabs")
        XCTAssertEqual(try warnings("Chủ trì:\tđồng chí An\nThư ký: đồng chí Bình\n").count, 0, "one tabbed line")
    }
}
