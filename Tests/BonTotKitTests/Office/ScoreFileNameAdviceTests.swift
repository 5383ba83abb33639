@testable import BonTotKit
import Foundation
import XCTest

/// A score file saved under an everyday name ("Điểm thi đua 2026.xlsx") is an error, for its name
/// must be the period; when the name holds exactly one period, the error says the name to give it.
final class ScoreFileNameAdviceTests: WorkbookTestCase {
    private func errors(_ loaded: LoadedSite) -> [String] {
        loaded.diagnostics.sorted.filter { $0.severity == .error }.map(\.description)
    }

    func testAVietnameseNameHoldingAYearIsToldTheNameToGive() throws {
        let file = "content/evaluations/Điểm thi đua 2026.xlsx"
        let loaded = try load([file: .bytes(try OfficeFixtures.bytes("scores-last-year-sheet.xlsx"))])
        XCTAssertEqual(errors(loaded), [
            "\(file):1: error: tên bảng tính phải là kỳ đánh giá (2024.xlsx, 2024-q3.xlsx, 2024-09.xlsx); "
                + "hãy đổi tên tệp thành '2026.xlsx' / the file name must be the period: rename it '2026.xlsx'",
        ], printed(loaded))
    }

    /// A quarter in Roman numerals, as offices often write it ("quý III"), is that quarter.
    func testARomanNumeralQuarterIsToldTheQuartersName() throws {
        let file = "content/evaluations/Điểm thi đua quý III 2026.xlsx"
        let loaded = try load([file: .bytes(try OfficeFixtures.bytes("scores-last-year-sheet.xlsx"))])
        XCTAssertEqual(errors(loaded), [
            "\(file):1: error: tên bảng tính phải là kỳ đánh giá (2024.xlsx, 2024-q3.xlsx, 2024-09.xlsx); "
                + "hãy đổi tên tệp thành '2026-q3.xlsx' / the file name must be the period: rename it '2026-q3.xlsx'",
        ], printed(loaded))
    }

    /// Two years ("2025-2026"): which is meant is the clerk's to say, so no name is suggested.
    func testANameWithTwoYearsSuggestsNothing() throws {
        let file = "content/evaluations/Điểm thi đua 2025-2026.xlsx"
        let loaded = try load([file: .bytes(try OfficeFixtures.bytes("scores-last-year-sheet.xlsx"))])
        XCTAssertEqual(errors(loaded), [
            "\(file):1: error: tên bảng tính phải là kỳ đánh giá (2024.xlsx, 2024-q3.xlsx, 2024-09.xlsx) / the file name must be the period",
        ], printed(loaded))
    }

    /// Two quarters in one name ("quý III-IV"): which is meant is the clerk's to say, so no name
    /// is suggested, not the first quarter's.
    func testANameWithTwoQuartersSuggestsNothing() throws {
        let file = "content/evaluations/Điểm quý III-IV 2026.xlsx"
        let loaded = try load([file: .bytes(try OfficeFixtures.bytes("scores-last-year-sheet.xlsx"))])
        XCTAssertEqual(errors(loaded), [
            "\(file):1: error: tên bảng tính phải là kỳ đánh giá (2024.xlsx, 2024-q3.xlsx, 2024-09.xlsx) / the file name must be the period",
        ], printed(loaded))
    }

    /// A period another score file already holds (the fixture's `2023.yaml`) is no name to give.
    func testAPeriodAnotherFileHoldsIsNotSuggested() throws {
        let file = "content/evaluations/Bảng điểm năm 2023.csv"
        let text = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/\(csv)"), encoding: .utf8)
        let loaded = try load([file: .text(text)])
        XCTAssertEqual(errors(loaded), [
            "\(file):1: error: tên tệp CSV phải là kỳ đánh giá (2024.csv, 2024-q3.csv, 2024-09.csv) / the file name must be the period",
        ], printed(loaded))
    }

    /// The advice follows the other score files as they are at each build, not as the decode
    /// cache found them: `2026.csv` added since, `2026.xlsx` is no longer the name to give.
    func testARebuildAfterThePeriodsFileIsAddedSuggestsItNoMore() throws {
        let file = "content/evaluations/Điểm thi đua 2026.xlsx"
        let root = try ValidationSite.make("minimal", [csv: .remove, file: .bytes(try OfficeFixtures.bytes("scores-last-year-sheet.xlsx"))])
        addTeardownBlock { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        // A file saved within `FileStamp.settling` seconds of the cache is read again: waiting,
        // the first build would keep the workbook in its decode cache, as after a day's work.
        Thread.sleep(forTimeInterval: Double(BonTotKit.FileStamp.settling) + 1.2)
        func errors() -> [String] {
            SiteBuilder.build(BuildOptions(siteRoot: root)).diagnostics.entries.filter { $0.severity == .error }.map(\.message)
        }
        XCTAssertTrue(errors().contains { $0.contains("hãy đổi tên tệp thành '2026.xlsx'") }, "\(errors())")
        try FileManager.default.copyItem(at: ValidationSite.fixtures.appending(path: "minimal/\(csv)"),
                                         to: root.appending(path: "content/evaluations/2026.csv"))
        let rebuilt = errors()
        XCTAssertTrue(rebuilt.contains { $0.hasPrefix("tên bảng tính phải là kỳ đánh giá") }, "\(rebuilt)")
        XCTAssertFalse(rebuilt.contains { $0.contains("hãy đổi tên tệp thành") }, "\(rebuilt)")
    }

    /// The periods read in names, written as offices write them (NFD too); none where the name
    /// holds none or more than one.
    func testThePeriodsReadInNames() {
        let cases: [(String, String?)] = [
            ("Điểm thi đua 2026", "2026"),
            ("Điểm thi đua 2026".decomposedStringWithCanonicalMapping, "2026"),
            ("Điểm T6-2026", "2026-06"),
            ("Điểm tháng 6 năm 2026", "2026-06"),
            ("Bang diem 2026-06", "2026-06"),
            ("Bảng điểm 06.2026", "2026-06"),
            ("Bảng điểm quý 3 năm 2024", "2024-q3"),
            ("Điểm 2024 Q3", "2024-q3"),
            ("Điểm thi đua quý III 2026", "2026-q3"),
            ("Quy III-2026", "2026-q3"),
            ("Bảng điểm Quý I năm 2026", "2026-q1"),
            ("Điểm quý II.2026", "2026-q2"),
            ("Điểm QIV 2026", "2026-q4"),
            ("Điểm thi đua quý II và quý III 2026", nil),
            ("Điểm quý III (Q4) 2026", nil),
            ("Điểm quý III-IV 2026", nil),
            ("Diem quy III va IV 2026", nil),
            ("quy I+II 2026", nil),
            ("Điểm quý III – IV năm 2026", nil),
            ("Điểm quý II, III 2026", nil),
            ("quy 3-4 2026", nil),
            ("Điểm quý 3 và 4 năm 2026", nil),
            ("Điểm quý 1 đến quý 2 năm 2026", nil),
            ("Điểm tháng 6-7 năm 2026", nil),
            ("Điểm quý III - 2026", "2026-q3"),
            ("Điểm quý 3 năm 2026 (2)", "2026-q3"),
            ("Bảng điểm 2026-06-15", "2026-06"),
            ("Điểm quý V 2026", nil),
            ("Điểm thi đua 2026 (1)", "2026"),
            ("Điểm thi đua 2025-2026", nil),
            ("Điểm thi đua năm 2025 và 2026", nil),
            ("Điểm T6-T7 2026", nil),
            ("Điểm tháng 13 năm 2026", nil),
            ("Điểm thi đua", nil),
        ]
        for (name, period) in cases {
            XCTAssertEqual(ScoreFileNameAdvice.period(inName: name)?.description, period, name)
        }
    }
}
