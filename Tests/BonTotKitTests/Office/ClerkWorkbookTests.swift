@testable import BonTotOffice
import BonTotKit
import Foundation
import XCTest

/// Score workbooks laid out as a clerk lays them out (`make_clerk_workbooks.py`): the Party
/// header on the first row, a hidden sheet in front, the table starting in column B, a "Tổng
/// điểm" column of formulas, levels written as words. Each ranks as the YAML typed by hand does.
final class ClerkWorkbookTests: WorkbookTestCase {
    /// The Party header ("ĐẢNG BỘ XÃ HÒA THUẬN" merged over A1:D1, "ĐẢNG CỘNG SẢN VIỆT NAM" over
    /// G1:K1) was taken for the header row: "the first column must be 'branch', got 'ĐẢNG BỘ …'".
    func testThePartyHeaderAboveTheTableIsSkipped() throws {
        let loaded = try workbook("scores-party-header.xlsx")
        XCTAssertEqual(ranking(loaded), try expected(), printed(loaded))
        XCTAssertEqual(loaded.diagnostics.warningCount, 0, printed(loaded))
    }

    /// A hidden first sheet (the list of branches behind a drop-down, "Mã chi bộ | Tên chi bộ")
    /// was read as the score table, with an error for each criterion it lacks.
    func testAHiddenSheetInFrontIsNotTheFirstSheet() throws {
        let loaded = try workbook("scores-hidden-list.xlsx")
        XCTAssertEqual(ranking(loaded), try expected(), printed(loaded))
    }

    /// A table starting in column B (column A a narrow margin) was "the first column must be
    /// 'branch', got ''".
    func testATableStartingInColumnBIsRead() throws {
        let loaded = try workbook("scores-margin-column.xlsx")
        XCTAssertEqual(ranking(loaded), try expected(), printed(loaded))
        XCTAssertEqual(loaded.diagnostics.warningCount, 0, printed(loaded))
    }

    /// The "Tổng điểm" column every sheet has was "unknown field 'Tổng điểm'" on every build;
    /// it is now compared with the computed total, and a difference is a warning at its cell.
    func testTheSheetsTotalColumnIsComparedNotWarnedUnknown() throws {
        let loaded = try workbook("scores-total-column.xlsx")
        XCTAssertEqual(ranking(loaded), try expected(), printed(loaded))
        XCTAssertEqual(loaded.diagnostics.warningCount, 0, printed(loaded))

        let wrong = try workbook("scores-wrong-total.xlsx")
        XCTAssertEqual(ranking(wrong), try expected(), printed(wrong))
        XCTAssertEqual(wrong.diagnostics.sorted.map(\.description), [
            "\(xlsx):Sheet!J3: warning: tổng điểm của chi bộ 'ap-2' ghi trong bảng là 80, khác tổng các cột điểm (tiêu chí + thưởng − trừ) "
                + "là 82; bảng xếp hạng dùng 82; hãy kiểm tra công thức, số đã gõ, và các ô số lưu dạng văn bản (căn trái, có dấu tam giác "
                + "xanh), mà hàm SUM không cộng / the sheet's total differs from the sum of the score columns",
        ])
    }

    /// "Xếp loại" written as the level's name or its initials ("HTXSNV", "Hoàn thành tốt nhiệm
    /// vụ") was "unknown level 'HTXSNV'".
    func testLevelsWrittenAsTheirNamesOrInitialsAreRead() throws {
        let text = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/\(csv)"), encoding: .utf8)
        var lines = text.split(whereSeparator: \.isNewline).map(String.init)
        let words = ["HTXSNV", "Hoàn thành tốt nhiệm vụ", "httnv", "HOÀN THÀNH NHIỆM VỤ"]
        for (index, word) in words.enumerated() {
            var cells = lines[index + 1].split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            cells[9] = word
            lines[index + 1] = cells.joined(separator: ";")
        }
        let loaded = try load([csv: .text(lines.joined(separator: "\n"))])
        XCTAssertEqual(ranking(loaded), try expected(), printed(loaded))
        XCTAssertEqual(loaded.diagnostics.warningCount, 0, printed(loaded))
        let stated = loaded.site?.evaluations.first { $0.period == Period("2024") }?.entries.map { $0.statedLevel ?? "-" }
        XCTAssertEqual(stated, ["xuat-sac", "tot", "tot", "hoan-thanh"])

        for (index, word) in ["Xuất sắc", "Hoàn thành tốt", "Tốt", "Hoàn thành"].enumerated() {
            var cells = lines[index + 1].split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            cells[9] = word
            lines[index + 1] = cells.joined(separator: ";")
        }
        let short = try load([csv: .text(lines.joined(separator: "\n"))])
        XCTAssertEqual(short.diagnostics.warningCount + short.diagnostics.errorCount, 0, printed(short))
        XCTAssertEqual(short.site?.evaluations.first { $0.period == Period("2024") }?.entries.map { $0.statedLevel ?? "-" },
                       ["xuat-sac", "tot", "tot", "hoan-thanh"])
    }

    /// Header cells with the points in brackets ("Chất lượng sinh hoạt tốt (30 điểm)", "Điểm
    /// thưởng (tối đa 5đ)") or naming a criterion by its number ("Tiêu chí 3", "TC4") were
    /// "unknown field" each, then "the header row has no column" for every criterion.
    func testHeadersWithPointsInBracketsOrCriterionNumbers() throws {
        let text = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/\(csv)"), encoding: .utf8)
        var lines = text.split(whereSeparator: \.isNewline).map(String.init)
        lines[0] = "STT;Tên chi bộ;Hoàn thành các chỉ tiêu được giao (15 điểm);Tiến độ, chất lượng lãnh đạo (15đ);"
            + "Chất lượng sinh hoạt tốt (30 điểm);Tiêu chí 3;TC4 (20);Điểm thưởng (tối đa 5đ);Điểm trừ;Số đảng viên bị kỷ luật;Xếp loại;Ghi chú"
        for index in 1..<lines.count { lines[index] = "\(index);" + lines[index] }
        let loaded = try load([csv: .text(lines.joined(separator: "\n"))])
        XCTAssertEqual(ranking(loaded), try expected(), printed(loaded))
        XCTAssertEqual(loaded.diagnostics.warningCount, 0, printed(loaded))
    }

    /// Branches written by a shortened name ("Chi bộ Công an" for "Chi bộ Công an xã", "CB
    /// Trường THCS" for "Chi bộ Trường THCS Hòa Thuận") were "unknown branch" with no suggestion;
    /// a name that runs on in no branch, or a single word, still is.
    func testBranchesWrittenByAShortenedName() throws {
        let text = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/\(csv)"), encoding: .utf8)
        let named = text.replacingOccurrences(of: "\ntruong-thcs;", with: "\nCB Trường THCS;")
            .replacingOccurrences(of: "\ncong-an-xa;", with: "\nChi bộ Công an;")
        let loaded = try load([csv: .text(named)])
        XCTAssertEqual(ranking(loaded), try expected(), printed(loaded))

        let unknown = try load([csv: .text(text.replacingOccurrences(of: "\ncong-an-xa;", with: "\nChi bộ Quân sự xã;")
            .replacingOccurrences(of: "\nap-2;", with: "\nChi bộ ấp;"))])
        XCTAssertEqual(unknown.diagnostics.errorCount, 2, printed(unknown))
    }

    /// A shortened name was taken for a branch in silence: the clerk could not see which branch
    /// "Chi bộ Công an" had become. Each such row now says the name written and the branch it was
    /// taken as; a name written in full, or the id, says nothing.
    func testABranchTakenFromAShortenedNameIsNamedOnItsRow() throws {
        let text = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/\(csv)"), encoding: .utf8)
        let named = text.replacingOccurrences(of: "\ntruong-thcs;", with: "\nCB Trường THCS;")
            .replacingOccurrences(of: "\ncong-an-xa;", with: "\nChi bộ Công an;")
            .replacingOccurrences(of: "\nap-2;", with: "\nChi bộ ấp 2;")
        let loaded = try load([csv: .text(named)])
        XCTAssertEqual(ranking(loaded), try expected(), printed(loaded))
        XCTAssertEqual(loaded.diagnostics.sorted.filter { $0.field == "branch" }.map(\.description), [
            "\(csv):4: warning: tên chi bộ viết tắt 'CB Trường THCS' được hiểu là 'Chi bộ Trường THCS Hòa Thuận' (truong-thcs); "
                + "nếu không phải, hãy ghi đủ tên hoặc mã chi bộ / shortened branch name 'CB Trường THCS' taken as 'truong-thcs'",
            "\(csv):5: warning: tên chi bộ viết tắt 'Chi bộ Công an' được hiểu là 'Chi bộ Công an xã' (cong-an-xa); "
                + "nếu không phải, hãy ghi đủ tên hoặc mã chi bộ / shortened branch name 'Chi bộ Công an' taken as 'cong-an-xa'",
        ], printed(loaded))
    }

    /// "2024.CSV" (the extension in capitals) was read as YAML: "expected a mapping of fields".
    func testACSVWithItsExtensionInCapitalsIsReadAsCSV() throws {
        let text = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/\(csv)"), encoding: .utf8)
        let loaded = try load(["content/evaluations/2024.CSV": .text(text)])
        XCTAssertEqual(ranking(loaded), try expected(), printed(loaded))
    }

    /// A sheet typed with the ABC keyboard (cells in .VnTime, the title in .VnTimeH) gave
    /// "unknown branch 'Chi bé Êp 1'" and notes in TCVN3 codes: cells in TCVN3 or VNI fonts are
    /// now converted to Unicode by their font, as .docx runs are.
    func testCellsInLegacyFontsAreReadInUnicode() throws {
        let loaded = try workbook("scores-vntime.xlsx")
        XCTAssertEqual(ranking(loaded), try expected(), printed(loaded))
        XCTAssertEqual(loaded.diagnostics.warningCount, 0, printed(loaded))
        let notes = loaded.site?.evaluations.first { $0.period == Period("2024") }?.entries.compactMap(\.note)
        XCTAssertEqual(notes, ["Tặng Giấy khen"])
    }

    /// Rows heading the clusters inside the table ("I | CỤM CÁC ẤP", "II. Khối cơ quan") were
    /// read as branches: "unknown branch" and a missing score for each criterion. A branch row
    /// left without scores is still an error.
    func testRowsHeadingGroupsOfBranchesAreLeftOut() throws {
        let text = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/\(csv)"), encoding: .utf8)
        var lines = text.split(whereSeparator: \.isNewline).map(String.init)
        lines[0] = "STT;" + lines[0]
        for index in 1..<lines.count { lines[index] = "\(index);" + lines[index] }
        lines.insert("II;Khối cơ quan, trường học;;;;;;;;;;", at: 3)
        lines.insert("I;CỤM CÁC ẤP;;;;;;;;;;", at: 1)
        lines.insert(";III. LỰC LƯỢNG VŨ TRANG", at: lines.count - 1)
        let loaded = try load([csv: .text(lines.joined(separator: "\n"))])
        XCTAssertEqual(ranking(loaded), try expected(), printed(loaded))
        XCTAssertEqual(loaded.diagnostics.warningCount, 0, printed(loaded))

        lines[2] = "1;ap-1;;;;;;;;;"
        let empty = try load([csv: .text(lines.joined(separator: "\n"))])
        XCTAssertEqual(empty.diagnostics.errorCount, 5, printed(empty))
    }

    /// The foot of the sheet as Party documents end (the place and date, "NGƯỜI LẬP BIỂU" and
    /// "T/M ĐẢNG ỦY", "BÍ THƯ", the names) was read as rows of branches: sixteen errors. A
    /// branch whose note mentions its "Bí thư" above rows with scores is still a branch.
    func testTheSignaturesBelowTheTableAreNotBranches() throws {
        let text = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/\(csv)"), encoding: .utf8)
        var lines = text.split(whereSeparator: \.isNewline).map(String.init)
        lines[2] = lines[2] + "Bí thư chi bộ mới được bầu"
        lines += [";;;;;;;;;;", ";;;;;;;;Hòa Thuận, ngày 15 tháng 12 năm 2024;;", "NGƯỜI LẬP BIỂU;;;;;;;;T/M ĐẢNG ỦY;;", ";;;;;;;;BÍ THƯ;;",
                  ";;;;;;;;;;", "Nguyễn Thị Hoa;;;;;;;;Trần Văn Bình;;", "Nơi nhận:;;;;;;;;;;", "- Ban Tổ chức Huyện ủy;;;;;;;;;;"]
        let loaded = try load([csv: .text(lines.joined(separator: "\n"))])
        XCTAssertEqual(ranking(loaded), try expected(), printed(loaded))
        XCTAssertEqual(loaded.diagnostics.warningCount, 0, printed(loaded))
        XCTAssertEqual(loaded.site?.evaluations.first { $0.period == Period("2024") }?.entries.count, 4)
    }

    /// Excel's "Unicode Text" (UTF-16, separated by tabs) converted by `bontot convert`, as the
    /// check itself advises, was then "the CSV file is empty": tabs now separate too.
    func testATabSeparatedExportIsRead() throws {
        let text = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/\(csv)"), encoding: .utf8)
        let tabbed = text.replacingOccurrences(of: "\u{FEFF}", with: "").replacingOccurrences(of: ";", with: "\t")
            .replacingOccurrences(of: "1,5", with: "1.5")
        let loaded = try load([csv: .text(tabbed)])
        XCTAssertEqual(ranking(loaded), try expected(), printed(loaded))
        XCTAssertEqual(loaded.diagnostics.warningCount, 0, printed(loaded))

        let piped = try load([csv: .text(tabbed.replacingOccurrences(of: "\t", with: "|"))])
        XCTAssertEqual(piped.diagnostics.sorted.map(\.description), [
            "\(csv):1: error: không tìm thấy dòng tiêu đề: mỗi dòng chỉ có một ô (trong tệp CSV, các ô phải cách nhau bằng ';', ',' "
                + "hoặc dấu tab); cột đầu của dòng tiêu đề phải là 'branch' / no header row: every row is a single cell "
                + "(in a CSV, cells are separated by ';', ',' or tabs)",
        ], "not 'the CSV file is empty'")
    }

    /// A value typed once and merged down over several branches' rows (the note "Đề nghị tặng
    /// Giấy khen" over ap-2 and truong-thcs) went to the first branch only: Excel keeps it in
    /// the top cell, and the rows below read as empty (a merged bonus silently became 0).
    func testAValueMergedDownOverSeveralBranchesIsEachOnes() throws {
        let loaded = try workbook("scores-merged-note.xlsx")
        XCTAssertEqual(ranking(loaded), try expected(), printed(loaded))
        let notes = loaded.site?.evaluations.first { $0.period == Period("2024") }?.entries.map { "\($0.branchID): \($0.note ?? "-")" }
        XCTAssertEqual(notes, ["ap-1: Tặng Giấy khen", "ap-2: Đề nghị tặng Giấy khen", "truong-thcs: Đề nghị tặng Giấy khen", "cong-an-xa: -"])
    }

    /// A workbook keeping a sheet a year ("Năm 2023" in front of "Năm 2024"), copied as
    /// 2024.xlsx, ranked 2024 with the 2023 scores, silently: the sheet named with the file's
    /// year is now read. (A sheet a cluster: `ClusterWorkbookTests`.)
    func testTheSheetOfTheFilesYear() throws {
        let byYear = try workbook("scores-by-year.xlsx")
        XCTAssertEqual(ranking(byYear), try expected(), printed(byYear))
        XCTAssertEqual(byYear.diagnostics.warningCount, 0, printed(byYear))
    }

    /// A dash for "none" in the optional columns ("-" under Điểm thưởng, Điểm trừ, Vi phạm, Xếp
    /// loại) was "'-' is not a number"; under a criterion it is still a missing score.
    func testADashInAnOptionalColumnIsNothing() throws {
        let text = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/\(csv)"), encoding: .utf8)
        let dashed = text.replacingOccurrences(of: "ap-2;12;12;25;17;16;0;0;0;;", with: "ap-2;12;12;25;17;16;-;–;-;-;")
        let loaded = try load([csv: .text(dashed)])
        XCTAssertEqual(ranking(loaded), try expected(), printed(loaded))
        XCTAssertEqual(loaded.diagnostics.warningCount, 0, printed(loaded))

        let criterion = try load([csv: .text(text.replacingOccurrences(of: "ap-2;12;12;25;17;16;", with: "ap-2;12;12;25;17;-;"))])
        XCTAssertEqual(criterion.diagnostics.errorCount, 1, printed(criterion))
    }

    /// A score cell formatted as a percentage shows "83%" and holds 0.83: it was ranked as 0,83
    /// points, without a word, and the branch fell a level. It is now an error at its cell saying
    /// to write the points; a CSV exported from it ("83%") gets the same. A note so formatted
    /// reads as the sheet shows it, 95,5%.
    func testAScoreCellFormattedAsAPercentageIsAnErrorAtItsCell() throws {
        let percentage = "điểm 'sinh-hoat' của 'ap-2' ghi dạng phần trăm (83%), không phải số điểm: hãy ghi số điểm (tối đa 30) "
            + "và đổi định dạng ô từ phần trăm sang số / a percentage is not a score: write the points"
        let loaded = try workbook("scores-percent.xlsx")
        XCTAssertEqual(loaded.diagnostics.sorted.map(\.description), ["\(xlsx):Sheet1!D3: error: \(percentage)"])

        let text = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/\(csv)"), encoding: .utf8)
        let exported = try load([csv: .text(text.replacingOccurrences(of: "ap-2;12;12;25;", with: "ap-2;12;12;83%;"))])
        XCTAssertEqual(exported.diagnostics.sorted.map(\.description), ["\(csv):3: error: \(percentage)"])

        XCTAssertEqual(XLSXNumberFormats.kind(ofCode: "0.0%"), .percent)
        XCTAssertEqual(XLSXNumberFormats.text(ofPercent: "0.955"), "95,5%")
        XCTAssertEqual(XLSXNumberFormats.kind(ofBuiltIn: 9), .percent)
        XCTAssertEqual(XLSXNumberFormats.kind(ofCode: "dd/mm/yyyy"), .date, "a date stays a date")
    }

    /// All of it at once, saved by LibreOffice: the Party header, column B, the total column,
    /// levels as words.
    func testAClerksWorkbookRanksLikeTheCSV() throws {
        let loaded = try workbook("scores-clerk.xlsx")
        XCTAssertEqual(ranking(loaded), try expected(), printed(loaded))
        XCTAssertEqual(loaded.diagnostics.warningCount, 0, printed(loaded))
    }
}
