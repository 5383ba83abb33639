import BonTotKit
import Foundation
import XCTest

/// A test of score tables over the minimal fixture: its 2024 CSV replaced by a workbook or
/// another table, the site loaded as `bontot check` loads it, and its ranking read as a reader
/// of the ranking page sees it. The sites it makes are removed after each test.
class WorkbookTestCase: XCTestCase {
    let csv = "content/evaluations/2024.csv"
    let xlsx = "content/evaluations/2024.xlsx"
    private var roots: [URL] = []

    override func tearDown() {
        for root in roots { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        roots = []
        super.tearDown()
    }

    /// The minimal fixture with its 2024 CSV replaced by `changes`, loaded as `bontot check` does.
    func load(_ changes: [String: FileChange]) throws -> LoadedSite {
        var all = changes
        if all[csv] == nil { all[csv] = .remove }
        let root = try ValidationSite.make("minimal", all)
        roots.append(root)
        return SiteLoader.load(root: root)
    }

    /// The minimal fixture with its 2024 scores in the committed workbook `name` of
    /// `Tests/Fixtures/office`, loaded as `bontot check` does.
    func workbook(_ name: String) throws -> LoadedSite {
        try load([xlsx: .bytes(try OfficeFixtures.bytes(name))])
    }

    /// The ranking of the minimal fixture's own 2024 CSV, which a workbook of the same scores must give.
    func expected() throws -> [String] {
        let text = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/\(csv)"), encoding: .utf8)
        let rows = ranking(try load([csv: .text(text)]))
        XCTAssertEqual(rows.count, 4)
        return rows
    }

    /// Asserts that `loaded` ranks as the minimal fixture's own CSV does, without a warning;
    /// `name` says which file a failure is about.
    func assertRanksAsTheCSV(_ loaded: LoadedSite, _ name: String = "", file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(ranking(loaded, file: file, line: line), try expected(), "\(name)\n\(printed(loaded))", file: file, line: line)
        XCTAssertEqual(loaded.diagnostics.warningCount, 0, "\(name)\n\(printed(loaded))", file: file, line: line)
    }

    /// Every diagnostic of `loaded`, one a line, for a failing assertion to show.
    func printed(_ loaded: LoadedSite) -> String {
        loaded.diagnostics.sorted.map(\.description).joined(separator: "\n")
    }

    /// What a reader of the ranking page sees: rank, branch, total, level, the 4-tốt mark.
    func ranking(_ loaded: LoadedSite, file: StaticString = #filePath, line: UInt = #line) -> [String] {
        XCTAssertEqual(loaded.diagnostics.errorCount, 0, loaded.diagnostics.sorted.map(\.description).joined(separator: "\n"),
                       file: file, line: line)
        guard let ranking = loaded.analysis?.ranking(Period("2024")!) else {
            XCTFail("no 2024 ranking", file: file, line: line)
            return []
        }
        return ranking.rows.map { "\($0.rank) \($0.branchID) \($0.card.total) \($0.card.level?.id ?? "-") \($0.isFourGood)" }
    }
}
