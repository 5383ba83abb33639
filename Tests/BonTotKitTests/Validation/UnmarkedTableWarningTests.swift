import BonTotKit
import Foundation
import XCTest

/// Rows typed with pipes and no row of dashes under the first, or a row of dashes that Word's
/// autocorrect made '—' or '–', are no table: the page would print the lines run together. The
/// check warns at them, with their lines and what to type; code, a single line with pipes and a
/// table that is one pass.
final class UnmarkedTableWarningTests: SiteCopyTestCase {
    private func warnings(_ body: String) throws -> [Diagnostic] {
        try storyBodyWarnings(body, containing: "gạch ngang")
    }

    func testRowsWithoutARowOfDashesAreToldWithTheirLines() throws {
        let found = try warnings("Danh sách đảng viên:\n\n| STT | Họ và tên |\n| 1 | Nguyễn Văn An |\n| 2 | Lê Thị Bình |\n\nHết.\n")
        assertOneBodyWarning(found, line: 11, start: "dòng 11–13 trông như một bảng nhưng thiếu dòng gạch ngang dưới dòng đầu",
                             advice: "thêm dòng '|---|---|'")

        let quoted = try warnings("Kết quả:\n\n> STT | Họ và tên |\n> 1 | An |\n")
        XCTAssertEqual(quoted.map(\.location.line), [11], "rows in a quote, without a pipe in front: \(quoted)")
    }

    func testARowOfDashesTypedWithPrintDashesIsToldToBeHyphens() throws {
        let found = try warnings("Kết quả:\n| STT | Họ và tên |\n|—|—|\n| 1 | Nguyễn Văn An |\n")
        assertOneBodyWarning(found, line: 11, start: "dòng 11 là dòng gạch ngang của bảng nhưng gõ bằng dấu '—' hoặc '–'",
                             advice: "gạch nối '-'")

        let enDashes = try warnings("| STT | Tên |\n| :–: | ––– |\n| 1 | An |\n")
        XCTAssertEqual(enDashes.map(\.location.line), [10], "en dashes, with a colon: \(enDashes)")
    }

    func testARowOfDashesWithAnotherNumberOfCellsIsToldItsCellsAndTheHeadRows() throws {
        let found = try warnings("Kết quả:\n| STT | Họ và tên | Chức vụ |\n|---|---|\n| 1 | An | Bí thư |\n")
        assertOneBodyWarning(found, line: 11, start: "dòng 11 là dòng gạch ngang của bảng nhưng có 2 ô, còn dòng đầu bảng (dòng 10) có 3 ô",
                             advice: "'|---|---|---|'", notAdvising: "thiếu")

        let printed = try warnings("| STT | Tên |\n|—|—|—|\n| 1 | An |\n")
        assertOneBodyWarning(printed, line: 10, start: "dòng 10 là dòng gạch ngang của bảng nhưng có 3 ô, còn dòng đầu bảng (dòng 9) có 2 ô",
                             advice: "'|---|---|'")
    }

    func testARowOfPipesOverALineOfHyphensIsToldItIsNoHeading() throws {
        let found = try warnings("Kết quả:\n| STT | Họ và tên | Chức vụ |\n---\n| 1 | An | Bí thư |\n")
        assertOneBodyWarning(found, line: 11, start: "dòng 11 là dòng gạch ngang của bảng nhưng có 1 ô, còn dòng đầu bảng (dòng 10) có 3 ô",
                             advice: "'|---|---|---|'")
        XCTAssertTrue(found.first?.message.contains("dòng 10 sẽ in thành một tiêu đề") ?? false, "\(found)")
        XCTAssertEqual(try warnings("Kết quả quý III\n---\n\n# Mục 1 | 2\n").count, 0, "headings of words")
    }

    func testHyphensUnderATableAreARuleAndRowsOverThemLackTheirRowOfDashes() throws {
        XCTAssertEqual(try warnings("| STT | Tên |\n|---|---|\n| 1 | An |\n---\n").count, 0, "a table, then a rule")
        let found = try warnings("Kết quả:\n| STT | Tên |\n| 1 | An |\n---\n")
        assertOneBodyWarning(found, line: 10, start: "dòng 10–11 trông như một bảng nhưng thiếu dòng gạch ngang",
                             advice: "ngay dưới dòng 10", notAdvising: "có 1 ô")
    }

    func testCodeASingleLineAndATableThatIsOnePass() throws {
        XCTAssertEqual(try warnings("```\n| a | b |\n| c | d |\n```\n\n    | a | b |\n    |—|—|\n").count, 0, "code")
        XCTAssertEqual(try warnings("Điện thoại: 0123 456 | Thư: chibo@example.vn\n\nMột | hai |\n").count, 0, "single lines")
        XCTAssertEqual(try warnings("| STT | Tên |\n|---|---|\n| 1 | — |\n| 2 | – |\n").count, 0, "a table, dashes in a cell")
        XCTAssertEqual(try warnings("- Bảng:\n  | a | b |\n  |:-:|--|\n  | 1 | 2 |\n").count, 0, "a table in a list item")
    }
}
