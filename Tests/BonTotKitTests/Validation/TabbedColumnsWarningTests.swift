import BonTotKit
import Foundation
import XCTest

/// A table copied from Word and pasted as text keeps its columns apart with tabs, which the page
/// cannot show: the lines would print run together. The check warns at them, with their lines
/// and how to write a table with pipes; code, a pipe table and a single tabbed line pass.
final class TabbedColumnsWarningTests: SiteCopyTestCase {
    private func warnings(_ body: String) throws -> [Diagnostic] {
        try storyBodyWarnings(body, containing: "phím Tab")
    }

    func testLinesWithTabbedColumnsAreToldWithTheirLines() throws {
        let found = try warnings("Danh sách đảng viên:\n\nSTT\tHọ và tên\tChức vụ\n1\tNguyễn Văn An\tBí thư\n2\tLê Thị Bình\t\n\nHết.\n")
        assertOneBodyWarning(found, line: 11, start: "dòng 11–13 có các cột cách nhau bằng phím Tab",
                             advice: "'| STT | Họ và tên |'")
    }

    func testCodeAPipeTableAndASingleTabbedLinePass() throws {
        XCTAssertEqual(try warnings("```\na\tb\nc\td\n```\n\n\ta\tb\n\tc\td\n").count, 0, "code keeps its tabs")
        XCTAssertEqual(try warnings("| STT\t| Tên\t|\n|---|---|\n| 1\t| An |\n").count, 0, "a pipe table with tabs")
        XCTAssertEqual(try warnings("Chủ trì:\tđồng chí An\nThư ký: đồng chí Bình\n").count, 0, "one tabbed line")
    }
}
