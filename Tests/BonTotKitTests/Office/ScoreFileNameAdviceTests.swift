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
            "\(file): error: tên bảng tính phải là kỳ đánh giá (2024.xlsx, 2024-q3.xlsx, 2024-09.xlsx); "
                + "hãy đổi tên tệp thành '2026.xlsx' / the file name must be the period: rename it '2026.xlsx'",
        ], printed(loaded))
    }

    /// A quarter in Roman numerals, as offices often write it ("quý III"), is that quarter.
    func testARomanNumeralQuarterIsToldTheQuartersName() throws {
        let file = "content/evaluations/Điểm thi đua quý III 2026.xlsx"
        let loaded = try load([file: .bytes(try OfficeFixtures.bytes("scores-last-year-sheet.xlsx"))])
        XCTAssertEqual(errors(loaded), [
            "\(file): error: tên bảng tính phải là kỳ đánh giá (2024.xlsx, 2024-q3.xlsx, 2024-09.xlsx); "
                + "hãy đổi tên tệp thành '2026-q3.xlsx' / the file name must be the period: rename it '2026-q3.xlsx'",
        ], printed(loaded))
    }

    /// Two years ("2025-2026"): which is meant is the clerk's to say, so no name is suggested.
    func testANameWithTwoYearsSuggestsNothing() throws {
        let file = "content/evaluations/Điểm thi đua 2025-2026.xlsx"
        let loaded = try load([file: .bytes(try OfficeFixtures.bytes("scores-last-year-sheet.xlsx"))])
        XCTAssertEqual(errors(loaded), [
            "\(file): error: tên bảng tính phải là kỳ đánh giá (2024.xlsx, 2024-q3.xlsx, 2024-09.xlsx) / the file name must be the period",
        ], printed(loaded))
    }

    /// Two quarters in one name ("quý III-IV"): which is meant is the clerk's to say, so no name
    /// is suggested, not the first quarter's.
    func testANameWithTwoQuartersSuggestsNothing() throws {
        let file = "content/evaluations/Điểm quý III-IV 2026.xlsx"
        let loaded = try load([file: .bytes(try OfficeFixtures.bytes("scores-last-year-sheet.xlsx"))])
        XCTAssertEqual(errors(loaded), [
            "\(file): error: tên bảng tính phải là kỳ đánh giá (2024.xlsx, 2024-q3.xlsx, 2024-09.xlsx) / the file name must be the period",
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

    /// A name written as one word, its words parted by "-" or "_" ("quy-2-2024", "quy_2_2024",
    /// "2024-quy-ii"), names its quarter as "quý 2" does: it was told to be named a month
    /// (`2024-02.csv`) or the year (`2024.csv`).
    func testAQuarterWrittenWithDashesOrUnderscoresIsToldTheQuartersName() {
        let names = ["quy-2-2024.csv", "Quy-2-2024.csv", "quy_2_2024.csv", "diem-thi-dua-quy-2-2024.csv", "quy-ii-2024.csv",
                     "Quy-II-2024.csv", "2024-quy-2.csv", "2024-quy-ii.csv", "quy-2-nam-2024.csv", "Diem_thi_dua_quy_II_nam_2024.csv"]
        for name in names {
            let path = "content/evaluations/\(name)"
            XCTAssertEqual(ScoreFileNameAdvice.error(for: path, kind: "tệp CSV", examples: "…", scoreFiles: [path]).message,
                           "tên tệp CSV phải là kỳ đánh giá (…); hãy đổi tên tệp thành '2024-q2.csv' / the file name must be the period: "
                               + "rename it '2024-q2.csv'", name)
        }
        for (name, period) in [("QUY-4-2024", "2024-q4"), ("Quy-III-2024", "2024-q3"), ("thang-6-2024", "2024-06"),
                               ("2024_thang_11", "2024-11"), ("quy-3-4-2024", nil), ("quy-iii-iv-2024", nil)] {
            XCTAssertEqual(ScoreFileNameAdvice.period(inName: name)?.description, period, name)
        }
    }

    /// Half a year ("Sơ kết 6 tháng 2024") is no period bontot has: the name is given no
    /// period's name, not the year's, and the error says which periods there are.
    func testASpanOfMonthsIsToldThePeriodsThereAre() {
        for name in ["Sơ kết 6 tháng 2024.csv", "6 tháng cuối năm 2024.csv", "6 thang dau nam 2024.csv",
                     "so-ket-6-thang-2024.csv", "Điểm nửa năm 2024.csv", "Diem 9 thang dau nam 2024.csv"] {
            let path = "content/evaluations/\(name)"
            let message = ScoreFileNameAdvice.error(for: path, kind: "tệp CSV", examples: "…", scoreFiles: [path]).message
            XCTAssertFalse(message.contains("hãy đổi tên tệp thành"), message)
            XCTAssertTrue(message.contains("không phải kỳ đánh giá: kỳ chỉ có thể là một năm ('2024.csv'), một quý ('2024-q1.csv' … "
                                           + "'2024-q4.csv') hoặc một tháng ('2024-01.csv' … '2024-12.csv')"), message)
            XCTAssertTrue(message.hasSuffix("is no period; a period is a year, a quarter or a month"), message)
            XCTAssertNil(ScoreFileNameAdvice.period(inName: PathParts.stem(of: path)), name)
        }
        XCTAssertTrue(ScoreFileNameAdvice.error(for: "content/evaluations/Sơ kết 6 tháng 2024.csv", kind: "tệp CSV",
                                                examples: "…", scoreFiles: []).message.contains("tên tệp ghi '6 tháng'"))
        // The month ("tháng 6") and a day ("ngày 15 tháng 6") are no span.
        for (name, period) in [("Điểm tháng 6 năm 2024", "2024-06"), ("Điểm ngày 15 tháng 6 năm 2024", "2024-06")] {
            XCTAssertEqual(ScoreFileNameAdvice.period(inName: name)?.description, period, name)
        }
    }
}
