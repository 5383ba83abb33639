@testable import BonTotKit
import Foundation
import XCTest

/// A year rolled over: last year's workbook copied to start the new one, or this year's scores
/// saved under last year's name, ranked without a word as the file's period's. A sheet named for
/// another year ("Năm 2023" in 2024.xlsx), or a title above the table naming only another year,
/// is now one warning saying which file name or sheet to correct; the date a table was signed,
/// commonly in the next year, is no year of the scores. (`make_other_year_workbooks.py`.)
final class OtherYearScoreSheetTests: WorkbookTestCase {
    private func warnings(_ loaded: LoadedSite) -> [String] {
        loaded.diagnostics.sorted.filter { $0.severity == .warning }.map(\.description)
    }

    /// The minimal fixture's 2023 scores (`2023.yaml`) removed: the file name advised is free.
    private let noScoresOf2023: [String: FileChange] = ["content/evaluations/2023.yaml": .remove]

    func testASheetNamedForLastYearIsToldAtTheSheet() throws {
        let loaded = try load(noScoresOf2023.merging([xlsx: .bytes(try OfficeFixtures.bytes("scores-last-year-sheet.xlsx"))]) { $1 })
        XCTAssertEqual(ranking(loaded), try expected(), "the scores are still read: the warning leaves the choice to the clerk")
        XCTAssertEqual(warnings(loaded), [
            "\(xlsx):'Năm 2023'!A1: warning: trang 'Năm 2023' ghi năm 2023, còn tên tệp '2024.xlsx' là kỳ 2024: điểm của trang "
                + "được xếp hạng là điểm kỳ 2024; nếu đây là điểm năm 2023, hãy đặt tên tệp là '2023.xlsx'; nếu là điểm kỳ 2024, "
                + "hãy sửa tên trang cho đúng / the sheet 'Năm 2023' names the year 2023, the file the period 2024: its scores rank as 2024's",
        ], printed(loaded))
    }

    /// When another score file already holds the year named (the fixture's `2023.yaml`), renaming
    /// to it would score 2023 twice: that file is named, and the sheet or the title is what to correct.
    func testAYearAnotherFileAlreadyHoldsIsNoFileNameToRenameTo() throws {
        let loaded = try workbook("scores-last-year-sheet.xlsx")
        XCTAssertEqual(ranking(loaded), try expected())
        XCTAssertEqual(warnings(loaded), [
            "\(xlsx):'Năm 2023'!A1: warning: trang 'Năm 2023' ghi năm 2023, còn tên tệp '2024.xlsx' là kỳ 2024: điểm của trang "
                + "được xếp hạng là điểm kỳ 2024; điểm năm 2023 đã có ở tệp '2023.yaml', nên nếu đây là điểm kỳ 2024, hãy sửa tên "
                + "trang cho đúng; nếu bảng còn là điểm năm 2023 chép sang, hãy nhập điểm kỳ 2024 vào / the sheet 'Năm 2023' names "
                + "the year 2023, the file the period 2024: its scores rank as 2024's (2023's scores are in '2023.yaml')",
        ], printed(loaded))
    }

    /// The advice follows the other score files as they are at each build, not as the decode
    /// cache found them: last year's file added since, the workbook is told it holds that year.
    func testARebuildAfterLastYearsFileIsAddedNamesIt() throws {
        let root = try ValidationSite.make("minimal", noScoresOf2023.merging([
            csv: .remove, xlsx: .bytes(try OfficeFixtures.bytes("scores-last-year-sheet.xlsx")),
        ]) { $1 })
        addTeardownBlock { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        // A file saved within `FileStamp.settling` seconds of the cache is read again: waiting,
        // the first build keeps the workbook in its decode cache, as after a day's work.
        Thread.sleep(forTimeInterval: Double(BonTotKit.FileStamp.settling) + 1.2)
        func advice() -> [String] {
            SiteBuilder.build(BuildOptions(siteRoot: root)).diagnostics.entries.filter { $0.severity == .warning }.map(\.message)
        }
        XCTAssertTrue(advice().first?.contains("hãy đặt tên tệp là '2023.xlsx'") ?? false, "\(advice())")
        try FileManager.default.copyItem(at: ValidationSite.fixtures.appending(path: "minimal/content/evaluations/2023.yaml"),
                                         to: root.appending(path: "content/evaluations/2023.yaml"))
        let rebuilt = advice()
        XCTAssertTrue(rebuilt.first?.contains("điểm năm 2023 đã có ở tệp '2023.yaml'") ?? false, "\(rebuilt)")
    }

    /// A sheet `xlsx_sheet:` in site.yaml chooses is corrected there, not by renaming the tab.
    func testASheetChosenBySiteYAMLIsToldToCorrectXlsxSheet() throws {
        let config = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/site.yaml"), encoding: .utf8)
        let loaded = try load(noScoresOf2023.merging([
            xlsx: .bytes(try OfficeFixtures.bytes("scores-last-year-sheet.xlsx")),
            "site.yaml": .text(config + "xlsx_sheet: Năm 2023\n"),
        ]) { $1 })
        XCTAssertEqual(ranking(loaded), try expected())
        XCTAssertEqual(warnings(loaded), [
            "\(xlsx):'Năm 2023'!A1: warning: trang 'Năm 2023' (do 'xlsx_sheet' trong site.yaml chọn) ghi năm 2023, còn tên tệp "
                + "'2024.xlsx' là kỳ 2024: điểm của trang được xếp hạng là điểm kỳ 2024; nếu đây là điểm năm 2023, hãy đặt tên tệp "
                + "là '2023.xlsx'; nếu là điểm kỳ 2024, hãy sửa 'xlsx_sheet' trong site.yaml thành tên trang điểm kỳ 2024 "
                + "/ the sheet 'Năm 2023' (chosen by xlsx_sheet: in site.yaml) names the year 2023, the file the period 2024: "
                + "its scores rank as 2024's",
        ], printed(loaded))
    }

    /// A term's sheet ("NK 2020-2025") or a title spanning years ("CÁC NĂM 2023 - 2025") that
    /// spans the file's year names no other year.
    func testASpanOfYearsHoldingThePeriodsYearIsNoOtherYear() throws {
        let loaded = try workbook("scores-term-sheet.xlsx")
        XCTAssertEqual(ranking(loaded), try expected())
        XCTAssertEqual(warnings(loaded), [], printed(loaded))
        let text = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/\(csv)"), encoding: .utf8)
        let titled = "KẾT QUẢ CHẤM ĐIỂM THI ĐUA CÁC NĂM 2023 - 2025;;;;;;;;;;\n" + text.replacingOccurrences(of: "\u{FEFF}", with: "")
        let csvLoaded = try load([csv: .text(titled)])
        XCTAssertEqual(ranking(csvLoaded), try expected())
        XCTAssertEqual(warnings(csvLoaded), [], printed(csvLoaded))
    }

    /// A past term's sheet ("NK 2015-2020" in 2024.xlsx: last term's workbook copied) or a title
    /// spanning years without the file's ("CÁC NĂM 2015 - 2020") was ranked without a word: one
    /// warning names the span and the file's period, with no file name to give.
    func testASpanOfYearsWithoutThePeriodsYearIsToldAtTheSheetOrTitle() throws {
        let loaded = try workbook("scores-old-term-sheet.xlsx")
        XCTAssertEqual(ranking(loaded), try expected(), "the scores are still read: the warning leaves the choice to the clerk")
        XCTAssertEqual(warnings(loaded), [
            "\(xlsx):'NK 2015-2020'!A1: warning: trang 'NK 2015-2020' ghi các năm 2015–2020, không gồm năm 2024, còn tên tệp "
                + "'2024.xlsx' là kỳ 2024: điểm của trang được xếp hạng là điểm kỳ 2024; nếu đây là điểm kỳ 2024, hãy sửa tên "
                + "trang cho đúng; nếu bảng còn là điểm các năm 2015–2020 chép sang, hãy nhập điểm kỳ 2024 vào / the sheet "
                + "'NK 2015-2020' names the years 2015–2020, not 2024; the file the period 2024: its scores rank as 2024's",
        ], printed(loaded))
        let text = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/\(csv)"), encoding: .utf8)
        let titled = "KẾT QUẢ CHẤM ĐIỂM THI ĐUA CÁC NĂM 2015 - 2020;;;;;;;;;;\n" + text.replacingOccurrences(of: "\u{FEFF}", with: "")
        let csvLoaded = try load([csv: .text(titled)])
        XCTAssertEqual(ranking(csvLoaded), try expected())
        XCTAssertEqual(warnings(csvLoaded), [
            "\(csv):1: warning: dòng tiêu đề 'KẾT QUẢ CHẤM ĐIỂM THI ĐUA CÁC NĂM 2015 - 2020' ghi các năm 2015–2020, không gồm năm "
                + "2024, còn tên tệp '2024.csv' là kỳ 2024: điểm trong bảng được xếp hạng là điểm kỳ 2024; nếu đây là điểm kỳ 2024, "
                + "hãy sửa dòng tiêu đề cho đúng; nếu bảng còn là điểm các năm 2015–2020 chép sang, hãy nhập điểm kỳ 2024 vào "
                + "/ the title names the years 2015–2020, not 2024; the file the period 2024: the scores rank as 2024's",
        ], printed(csvLoaded))
    }

    func testATitleNamingLastYearIsToldAtItsCell() throws {
        let loaded = try load(noScoresOf2023.merging([xlsx: .bytes(try OfficeFixtures.bytes("scores-last-year-title.xlsx"))]) { $1 })
        XCTAssertEqual(ranking(loaded), try expected())
        XCTAssertEqual(warnings(loaded), [
            "\(xlsx):Sheet1!A1: warning: dòng tiêu đề 'BẢNG TỔNG HỢP ĐIỂM THI ĐUA CHI BỘ NĂM 2023' ghi năm 2023, còn tên tệp "
                + "'2024.xlsx' là kỳ 2024: điểm trong bảng được xếp hạng là điểm kỳ 2024; nếu đây là điểm năm 2023, hãy đặt tên tệp "
                + "là '2023.xlsx'; nếu là điểm kỳ 2024, hãy sửa dòng tiêu đề cho đúng / the title names the year 2023, the file "
                + "the period 2024: the scores rank as 2024's",
        ], printed(loaded))
    }

    func testTheDayATableWasSignedInTheNextYearIsNoOtherYear() throws {
        let loaded = try workbook("scores-signed-next-year.xlsx")
        XCTAssertEqual(ranking(loaded), try expected())
        XCTAssertEqual(warnings(loaded), [], printed(loaded))
    }

    func testACSVExportedFromLastYearsSheetIsToldAtItsTitleLine() throws {
        let text = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/\(csv)"), encoding: .utf8)
        let titled = "KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM 2023;;;;;;;;;;\n" + text.replacingOccurrences(of: "\u{FEFF}", with: "")
        let loaded = try load(noScoresOf2023.merging([csv: .text(titled)]) { $1 })
        XCTAssertEqual(ranking(loaded), try expected())
        XCTAssertEqual(warnings(loaded).map { $0.components(separatedBy: " / ").first ?? $0 }, [
            "\(csv):1: warning: dòng tiêu đề 'KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM 2023' ghi năm 2023, còn tên tệp '2024.csv' là kỳ 2024: "
                + "điểm trong bảng được xếp hạng là điểm kỳ 2024; nếu đây là điểm năm 2023, hãy đặt tên tệp là '2023.csv'; nếu là "
                + "điểm kỳ 2024, hãy sửa dòng tiêu đề cho đúng",
        ], printed(loaded))
    }
}
