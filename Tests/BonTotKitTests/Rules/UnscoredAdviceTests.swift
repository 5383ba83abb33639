import XCTest
@testable import BonTotKit

/// The warning of a branch the period's scores leave out tells the clerk what to do: add its row
/// to the file (the sheet of a workbook) the scores are read from, or write its `founded:` day.
final class UnscoredAdviceTests: XCTestCase {
    func testTheWarningSaysToAddTheRowToTheScoresFile() {
        var ranking = RulesFixture.ranking([RulesFixture.entry("a", [24, 24, 16, 16])], names: ["a": "Chi bộ A"])
        ranking.unscored = [UnscoredBranch(id: "ap-moi", name: "Chi bộ ấp Mới")]
        XCTAssertEqual(ranking.unscoredWarnings.map(\.message), [
            "chưa có điểm của chi bộ 'ap-moi' (Chi bộ ấp Mới) trong kỳ 2024; bảng xếp hạng chỉ có 01/02 chi bộ: hãy thêm dòng "
                + "của chi bộ vào tệp 'content/evaluations/2024.yaml', hoặc nếu chi bộ thành lập sau kỳ 2024, ghi ngày thành lập "
                + "vào 'founded:' của chi bộ / branch not scored in this period: add its row, or its 'founded:' day if founded after it",
        ])
    }

    func testAWorkbookNamesTheSheetTheRowsAreReadFrom() {
        var entry = RulesFixture.entry("a", [24, 24, 16, 16])
        entry.location = SourceLocation(file: "content/evaluations/2024.xlsx", line: 3, cell: "'Bảng điểm'!A3")
        var ranking = Ranking.make(
            evaluation: Evaluation(period: Period(year: 2024), entries: [entry],
                                   source: SourceLocation(file: "content/evaluations/2024.xlsx")),
            rubric: RulesFixture.rubric, branchNames: [:])
        ranking.unscored = [UnscoredBranch(id: "ap-moi", name: "Chi bộ ấp Mới")]
        let message = ranking.unscoredWarnings.first?.message ?? ""
        XCTAssertTrue(message.contains("hãy thêm dòng của chi bộ vào trang 'Bảng điểm' của tệp 'content/evaluations/2024.xlsx'"),
                      message)
    }

    func testASheetNameIsReadFromACellReference() {
        XCTAssertEqual(Ranking.sheetName(ofCell: "Sheet1!D7"), "Sheet1")
        XCTAssertEqual(Ranking.sheetName(ofCell: "'Điểm của ''A'''!D7"), "Điểm của 'A'")
        XCTAssertNil(Ranking.sheetName(ofCell: "D7"))
    }
}
