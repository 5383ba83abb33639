@testable import BonTotKit
import Foundation
import XCTest

/// A file's diagnostics of one kind are shown up to 20, then one line says how many more: a
/// score sheet of 100 000 unknown columns printed 100 000 warnings, and the reader saw nothing
/// else. The summary still counts every one.
final class RepeatedDiagnosticsTests: XCTestCase {
    /// `bontot check` on a CSV score sheet with 2 000 unknown columns and a branch's file with 30
    /// unknown fields: 20 warnings of each, the leftmost columns, then one compiler-style line each.
    func testCheckShowsTwentyOfAKindAndCountsTheRest() throws {
        let csv = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/content/evaluations/2024.csv"), encoding: .utf8)
        var lines = csv.components(separatedBy: "\r\n")
        lines[0] += (0..<2000).map { ";cot-\($0)" }.joined()
        let branch = "name: Chi bộ ấp 2\nkind: khu-dan-cu\ncluster: cum-ap\nsecretary: Nguyễn Văn An\n"
            + (0..<30).map { "ghi-chu-\($0): x\n" }.joined()
        let root = try ValidationSite.make("minimal", [
            "content/evaluations/2024.csv": .text(lines.joined(separator: "\r\n")),
            "content/branches/ap-2.yaml": .text(branch),
        ])
        let started = Date()
        let result = try BontotProcess.run(["check", "--site", root.path])
        let printed = result.errors.split(separator: "\n").map(String.init)
        let columns = printed.filter { $0.hasPrefix("content/evaluations/2024.csv:1: warning: cột/trường không xác định / unknown field 'cot-") }
        XCTAssertEqual(columns.count, 20, result.errors)
        XCTAssertEqual(Set(columns.compactMap { $0.firstMatch(of: #/'(cot-[0-9]+)'/#).map { String($0.output.1) } }),
                       Set((0..<20).map { "cot-\($0)" }), "the leftmost columns are shown")
        XCTAssertTrue(printed.contains("content/evaluations/2024.csv:1: warning: … và 1980 cảnh báo cùng loại khác trong tệp này / and 1980 more of the kind in this file"),
                      result.errors)
        XCTAssertEqual(printed.filter { $0.contains("unknown field 'ghi-chu-") }.count, 20, result.errors)
        XCTAssertTrue(printed.contains("content/branches/ap-2.yaml:25: warning: … và 10 cảnh báo cùng loại khác trong tệp này / and 10 more of the kind in this file"),
                      result.errors)
        XCTAssertEqual(printed.count, 42, "nothing else is said: \(result.errors)")
        XCTAssertTrue(result.output.contains("0 lỗi, 2030 cảnh báo"), result.output)
        XCTAssertLessThan(Date().timeIntervalSince(started), 30, "checked in seconds")
    }

    /// Kinds are told apart by their words, not their values; by file; by severity. Errors are
    /// capped as warnings are; a diagnostic reported twice is still one.
    func testOnlyDiagnosticsOfOneKindInOneFileAreCapped() {
        var log = DiagnosticLog()
        for index in 0..<25 {
            log.warning(SourceLocation(file: "a.csv", line: index + 2), "ô '\(index)' không phải là số / not a number")
            log.error(SourceLocation(file: "a.csv", line: index + 2), "thiếu mã chi bộ ở cột '\(index)' / a row without an id")
        }
        for index in 0..<3 { log.warning(SourceLocation(file: "b.csv", line: index + 2), "ô '\(index)' không phải là số / not a number") }
        log.warning(SourceLocation(file: "a.csv", line: 2), "ô '0' không phải là số / not a number")
        log.warning(SourceLocation(file: "a.csv", line: 9), "cột thừa / an extra column")
        let shown = log.sorted.map(\.description)
        XCTAssertEqual(log.counts, "25 lỗi, 29 cảnh báo")
        XCTAssertEqual(shown.count, 20 + 1 + 20 + 1 + 3 + 1, "\(shown)")
        XCTAssertTrue(shown.contains("a.csv:22: warning: … và 5 cảnh báo cùng loại khác trong tệp này / and 5 more of the kind in this file"), "\(shown)")
        XCTAssertTrue(shown.contains("a.csv:22: error: … và 5 lỗi cùng loại khác trong tệp này / and 5 more of the kind in this file"), "\(shown)")
        XCTAssertTrue(shown.contains("a.csv:9: warning: cột thừa / an extra column"))
        XCTAssertEqual(shown.filter { $0.hasPrefix("b.csv") }.count, 3)
    }
}
