import XCTest
@testable import BonTotKit

/// The totals the warning quotes are scores, written by the one score formatter (SheetTotal had
/// a copy of it): "80,085" typed in the sheet read "80,08", rounded down by binary arithmetic,
/// where every page, and the clerk, round the half up: "80,09".
final class SheetTotalTests: XCTestCase {
    func testTheTotalsQuotedAreWrittenAsScores() {
        let sink = DiagnosticSink()
        let location = SourceLocation(file: "content/evaluations/2024.csv", line: 3)
        let entry = EvaluationEntry(branchID: "ap-2", criterionScores: ["a": 50, "b": 30], location: location)
        SheetTotal.compare("80,085", at: location, with: entry, subject: .branches, sink: sink)
        let message = sink.log.entries.map(\.message).first ?? ""
        XCTAssertTrue(message.hasPrefix("tổng điểm của chi bộ 'ap-2' ghi trong bảng là 80,09, khác tổng các cột điểm "
                                        + "(tiêu chí + thưởng − trừ) là 80; bảng xếp hạng dùng 80;"), message)
    }
}
