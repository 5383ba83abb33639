import BonTotKit
import Foundation
import XCTest

/// `evaluations/<period>.xlsx`: workbooks written by openpyxl and by LibreOffice give the same
/// scores and the same ranking as the YAML and the CSV; mistakes are named by their cell; a
/// damaged workbook is one clear error.
final class WorkbookEvaluationTests: WorkbookTestCase {
    /// The 2024 CSV of the minimal fixture typed as YAML by hand.
    private let yaml = """
        period: 2024
        scores:
          ap-1: { nhiem-vu-chinh-tri: { chi-tieu: 14, tien-do: 14 }, sinh-hoat: 28, doan-ket-ky-luat: 19, dang-vien: 18, bonus: 1.5, note: Tặng Giấy khen }
          ap-2: { nhiem-vu-chinh-tri: { chi-tieu: 12, tien-do: 12 }, sinh-hoat: 25, doan-ket-ky-luat: 17, dang-vien: 16 }
          truong-thcs: { nhiem-vu-chinh-tri: { chi-tieu: 11, tien-do: 11 }, sinh-hoat: 21, doan-ket-ky-luat: 15, dang-vien: 15 }
          cong-an-xa: { nhiem-vu-chinh-tri: { chi-tieu: 10, tien-do: 9 }, sinh-hoat: 17, doan-ket-ky-luat: 13, dang-vien: 12, violations: 1 }

        """

    private func scores(_ loaded: LoadedSite) -> [String] {
        let entries = loaded.site?.evaluations.first { $0.period == Period("2024") }?.entries ?? []
        return entries.map { "\($0.branchID) \($0.criterionScores.sorted { $0.key < $1.key }) \($0.itemScores.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value.sorted { $0.key < $1.key })" }) \($0.bonus) \($0.penalty) \($0.violations) \($0.note ?? "")" }
    }

    func testWorkbooksFromOpenpyxlAndLibreOfficeRankLikeTheYAMLAndTheCSV() throws {
        let fromYAML = try load(["content/evaluations/2024.yaml": .text(yaml)])
        let expected = ranking(fromYAML)
        XCTAssertEqual(expected.count, 4)
        XCTAssertEqual(ranking(try load([csv: .text(try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/\(csv)"), encoding: .utf8))])), expected)
        for workbook in ["scores-openpyxl.xlsx", "scores-libreoffice.xlsx"] {
            let loaded = try load([xlsx: .bytes(try OfficeFixtures.bytes(workbook))])
            XCTAssertEqual(ranking(loaded), expected, workbook)
            XCTAssertEqual(scores(loaded), scores(fromYAML), workbook)
            XCTAssertEqual(loaded.diagnostics.warningCount, fromYAML.diagnostics.warningCount, workbook)
        }
    }

    func testTitleRowsFormulasTextNumbersAndBlankRowsOnANamedSheet() throws {
        let site = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/site.yaml"), encoding: .utf8)
        let loaded = try load([xlsx: .bytes(try OfficeFixtures.bytes("scores-messy.xlsx")),
                               "site.yaml": .text(site + "xlsx_sheet: Bảng điểm\n")])
        let fromYAML = try load(["content/evaluations/2024.yaml": .text(yaml)])
        XCTAssertEqual(ranking(loaded), ranking(fromYAML))
        XCTAssertEqual(scores(loaded), scores(fromYAML))
    }

    func testACSVExportedWithItsMergedTitleSkipsTheTitleToo() throws {
        let text = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/\(csv)"), encoding: .utf8)
        let titled = "KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM 2024;;;;;;;;;;\n;;;;;;;;;;\n" + text.replacingOccurrences(of: "\u{FEFF}", with: "")
        let loaded = try load([csv: .text(titled)])
        XCTAssertEqual(ranking(loaded), ranking(try load(["content/evaluations/2024.yaml": .text(yaml)])))
        XCTAssertEqual(loaded.site?.evaluations.first { $0.period == Period("2024") }?.entries.first?.location.line, 4,
                       "rows keep their line numbers")
    }

    /// Every office sheet numbers its rows in an "STT" column and sums them in a "Tổng cộng" row
    /// (formulas openpyxl saved without a value): both are left out, and the scores rank as typed.
    func testAnSTTColumnAndATotalRowAreLeftOut() throws {
        let loaded = try load([xlsx: .bytes(try OfficeFixtures.bytes("scores-stt-total.xlsx"))])
        let fromYAML = try load(["content/evaluations/2024.yaml": .text(yaml)])
        XCTAssertEqual(ranking(loaded), ranking(fromYAML))
        XCTAssertEqual(scores(loaded), scores(fromYAML))
        XCTAssertEqual(loaded.diagnostics.warningCount, fromYAML.diagnostics.warningCount)
        XCTAssertEqual(loaded.site?.evaluations.first { $0.period == Period("2024") }?.entries.first?.location.description, "\(xlsx):'Bảng điểm'!B5")
    }

    /// The same in CSV, with the total's label in any case and without diacritics, and a row
    /// numbered but not filled in; a branch whose id is one of the words is still read.
    func testACSVWithAnSTTColumnAndATotalRowRanksLikeTheYAML() throws {
        let text = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/\(csv)"), encoding: .utf8)
            .replacingOccurrences(of: "\u{FEFF}", with: "")
        var lines = text.split(whereSeparator: \.isNewline).map(String.init)
        lines = ["Số TT;" + lines[0]] + lines.dropFirst().enumerated().map { "\($0.offset + 1);\($0.element)" }
        for label in ["Tổng cộng", "CONG", "Tổng số:"] {
            let loaded = try load([csv: .text((lines + ["5;;;;;;;;;;;", ";\(label);47;46;91;64;61;1,5;0;1;;"]).joined(separator: "\n") + "\n")])
            XCTAssertEqual(ranking(loaded), ranking(try load(["content/evaluations/2024.yaml": .text(yaml)])), label)
        }
        let tong = try load([csv: .text((lines + [";tong;10;10;10;10;10;;;;;"]).joined(separator: "\n") + "\n")])
        XCTAssertTrue(tong.diagnostics.sorted.map(\.description).contains { $0.contains("'tong'") },
                      "an id is never taken for a total: \(tong.diagnostics.sorted.map(\.description))")
    }

    /// A header on two rows: "STT" and "Chi bộ" merged down over both, "Điểm các tiêu chí" merged
    /// across the criterion ids below it, the other columns named on either row; then the
    /// branches and a "Tổng cộng" merged over STT and Chi bộ. Read as one header, without a word.
    func testAHeaderOnTwoRowsIsReadAsOne() throws {
        let loaded = try load([xlsx: .bytes(try OfficeFixtures.bytes("scores-two-row-header.xlsx"))])
        let fromYAML = try load(["content/evaluations/2024.yaml": .text(yaml)])
        XCTAssertEqual(loaded.diagnostics.sorted.map(\.description), [])
        XCTAssertEqual(ranking(loaded), ranking(fromYAML))
        XCTAssertEqual(scores(loaded), scores(fromYAML))
    }

    /// The same two-row header exported to CSV, where no merge is left to show it: the group's
    /// name over the criteria, "Chi bộ" and "STT" only on the upper row, the criteria by their
    /// Vietnamese names below. Read as one header; a row without an id that holds scores is
    /// still an error, not a header.
    func testACSVWithAHeaderOnTwoRowsIsReadAsOne() throws {
        let text = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/\(csv)"), encoding: .utf8)
            .replacingOccurrences(of: "\u{FEFF}", with: "")
        let branches = text.split(whereSeparator: \.isNewline).dropFirst().enumerated().map { "\($0.offset + 1);\($0.element)" }
        let header = [
            "KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM 2024;;;;;;;;;;;",
            "STT;Chi bộ;Điểm các tiêu chí;;;;;Điểm thưởng;Điểm trừ;Vi phạm;Xếp loại;Ghi chú",
            ";;Hoàn thành các chỉ tiêu được giao;Tiến độ, chất lượng lãnh đạo;sinh-hoat;Đoàn kết, kỷ luật tốt;Cán bộ, đảng viên tốt;;;;;",
        ]
        let loaded = try load([csv: .text((header + branches).joined(separator: "\r\n") + "\r\n")])
        let fromYAML = try load(["content/evaluations/2024.yaml": .text(yaml)])
        XCTAssertEqual(loaded.diagnostics.sorted.map(\.description), [])
        XCTAssertEqual(ranking(loaded), ranking(fromYAML))
        XCTAssertEqual(scores(loaded), scores(fromYAML))
        XCTAssertEqual(loaded.site?.evaluations.first { $0.period == Period("2024") }?.entries.first?.location.line, 4)

        let unnamed = try load([csv: .text((header.prefix(2) + [";;14;14;28;19;18;;;;;"] + branches).joined(separator: "\n") + "\n")])
        XCTAssertTrue(unnamed.diagnostics.sorted.map(\.description).contains { $0.hasPrefix("\(csv):3: error:") && $0.contains("thiếu mã chi bộ") },
                      "\(unnamed.diagnostics.sorted.map(\.description))")
    }

    /// A sheet of instructions in front ("Hướng dẫn", text in A1): the one sheet with a header row
    /// is read, unless `site.yaml` names another, which must exist.
    func testTheSheetWithTheHeaderIsReadUnlessSiteYAMLNamesAnother() throws {
        let fromYAML = try load(["content/evaluations/2024.yaml": .text(yaml)])
        for workbook in ["scores-instructions-first.xlsx", "scores-messy.xlsx"] {
            let loaded = try load([xlsx: .bytes(try OfficeFixtures.bytes(workbook))])
            XCTAssertEqual(ranking(loaded), ranking(fromYAML), workbook)
            XCTAssertEqual(scores(loaded), scores(fromYAML), workbook)
        }
        let site = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/site.yaml"), encoding: .utf8)
        let wrong = try load([xlsx: .bytes(try OfficeFixtures.bytes("scores-messy.xlsx")),
                              "site.yaml": .text(site + "xlsx_sheet: Diem\n")])
        XCTAssertEqual(wrong.diagnostics.sorted.map(\.description),
                       ["\(xlsx): error: bảng tính không có trang 'Diem' mà site.yaml chọn ('xlsx_sheet: Diem'); các trang có: Ghi chú, Bảng điểm; "
                        + "nếu bảng điểm ở trang 'Bảng điểm', hãy sửa dòng đó trong site.yaml thành 'xlsx_sheet: Bảng điểm' "
                        + "(hoặc đổi tên trang lại thành 'Diem') / no sheet named 'Diem', which xlsx_sheet: in site.yaml names; "
                        + "the sheets are: Ghi chú, Bảng điểm; write xlsx_sheet: Bảng điểm in site.yaml (or rename the sheet back)"])
        let named = try load([xlsx: .bytes(try OfficeFixtures.bytes("scores-two-score-sheets.xlsx")),
                              "site.yaml": .text(site + "xlsx_sheet: Bảng điểm (2)\n")])
        XCTAssertEqual(ranking(named), ranking(fromYAML))
    }

    /// No sheet with a header row, or more than one: one error at the first sheet, naming the
    /// sheets and the setting that chooses one.
    func testWithoutOneSheetOfScoresOneErrorSaysToChooseWithXLSXSheet() throws {
        let several = try load([xlsx: .bytes(try OfficeFixtures.bytes("scores-two-score-sheets.xlsx"))])
        XCTAssertEqual(several.diagnostics.sorted.map(\.description), [
            "\(xlsx):'Hướng dẫn'!A1: error: trang đầu 'Hướng dẫn' không có dòng tiêu đề 'branch', còn 2 trang có: 'Bảng điểm', "
                + "'Bảng điểm (2)'; hãy ghi tên trang bảng điểm vào site.yaml, ví dụ 'xlsx_sheet: Bảng điểm' "
                + "/ several sheets have a header row with 'branch': name the sheet with xlsx_sheet: in site.yaml",
        ])
        let none = try load([xlsx: .bytes(try OfficeFixtures.bytes("scores-no-score-sheet.xlsx"))])
        XCTAssertEqual(none.diagnostics.sorted.map(\.description), [
            "\(xlsx):'Hướng dẫn'!A1: error: không trang nào của bảng tính có dòng tiêu đề 'branch'; các trang: Hướng dẫn, Chi tiết; "
                + "hãy ghi tên trang bảng điểm vào site.yaml, ví dụ 'xlsx_sheet: Bảng điểm' "
                + "/ no sheet has a header row with 'branch': name the sheet with xlsx_sheet: in site.yaml",
        ])
    }

    /// Dates in the note column, in openpyxl's format (yyyy-mm-dd, defined in the workbook) and in
    /// Excel's built-in short date (format 14): both read as the date, day first.
    func testADateCellIsReadAsItsDate() throws {
        let loaded = try load([xlsx: .bytes(try OfficeFixtures.bytes("scores-dates.xlsx"))])
        XCTAssertEqual(loaded.diagnostics.errorCount, 0, loaded.diagnostics.sorted.map(\.description).joined(separator: "\n"))
        let notes = loaded.site?.evaluations.first { $0.period == Period("2024") }?.entries.map { $0.note ?? "" }
        XCTAssertEqual(notes, ["15/12/2024", "02/03/2024", "", ""])
    }

    func testEachMistakeIsNamedByItsCell() throws {
        let loaded = try load([xlsx: .bytes(try OfficeFixtures.bytes("scores-errors.xlsx"))])
        let lines = loaded.diagnostics.sorted.map(\.description)
        XCTAssertEqual(lines.count, 4, lines.joined(separator: "\n"))
        let expected = [
            "\(xlsx):Sheet1!D2: error: điểm 'sinh-hoat' của 'ap-1' là 31, vượt điểm tối đa 30",
            "\(xlsx):Sheet1!E3: error: điểm 'doan-ket-ky-luat' của 'ap-2' không phải số",
            "\(xlsx):Sheet1!F4: error: chi bộ 'truong-thcs' thiếu điểm 'dang-vien'",
            "\(xlsx):Sheet1!J5: error: mức xếp loại 'tot-lam' không có trong thang điểm",
        ]
        for (line, prefix) in zip(lines, expected) {
            XCTAssertTrue(line.hasPrefix(prefix), "\(line)\n does not start with\n\(prefix)")
        }
    }

    /// A workbook's header is read as a CSV's: a column headed "Đoàn kết" is one error at its
    /// cell, with the criterion it likely means, and no missing score on every row; a score
    /// left out under a right header is still named by its cell.
    func testAColumnNamedLikeACriterionIsOneErrorAtItsHeaderCell() throws {
        let loaded = try load([xlsx: .bytes(try OfficeFixtures.bytes("scores-header-name.xlsx"))])
        let lines = loaded.diagnostics.sorted.map(\.description)
        XCTAssertEqual(lines, [
            "\(xlsx):Sheet1!E1: error: cột 'Đoàn kết' không khớp tiêu chí nào; có phải 'doan-ket-ky-luat' (Đoàn kết, kỷ luật tốt)? "
                + "/ the column matches no criterion; did you mean 'doan-ket-ky-luat'?",
            "\(xlsx):Sheet1!F4: error: chi bộ 'truong-thcs' thiếu điểm 'dang-vien' / missing score 'dang-vien'",
        ])
    }

    func testAFormulaSavedWithoutItsValueIsNamed() throws {
        let site = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/site.yaml"), encoding: .utf8)
        let loaded = try load([xlsx: .bytes(try OfficeFixtures.bytes("scores-messy-openpyxl.xlsx")),
                               "site.yaml": .text(site + "xlsx_sheet: Bảng điểm\n")])
        let lines = loaded.diagnostics.sorted.map(\.description)
        XCTAssertTrue(lines.contains { $0.hasPrefix("\(xlsx):'Bảng điểm'!D5: error: ô có công thức nhưng tệp không lưu giá trị đã tính") },
                      lines.joined(separator: "\n"))
        // One error for the cell: not also "thiếu điểm 'sinh-hoat'", which sends the clerk to type a score over the formula.
        XCTAssertEqual(lines.filter { $0.hasPrefix("\(xlsx):'Bảng điểm'!D5:") }.count, 1, lines.joined(separator: "\n"))
    }

    func testADamagedWorkbookIsOneClearError() throws {
        let whole = try OfficeFixtures.bytes("scores-openpyxl.xlsx")
        for (name, bytes) in [("truncated", Array(whole.prefix(whole.count / 2))),
                              ("text", Array("branch;sinh-hoat\n".utf8)), ("tail cut", Array(whole.dropLast(10)))] {
            let loaded = try load([xlsx: .bytes(bytes)])
            XCTAssertEqual(loaded.diagnostics.sorted.map(\.description),
                           ["\(xlsx): error: tệp không phải tài liệu Office hợp lệ (tệp zip hỏng hoặc bị cắt cụt); hãy mở và lưu lại bằng Excel/Word / not a valid Office file (a damaged or truncated zip)"],
                           name)
        }
    }

    /// Without LibreOffice on the PATH (`LegacyWorkbookTests` has it convert an .xls).
    func testAnOldXLSWorkbookIsAskedToBeSavedAsXLSXWithoutLibreOffice() throws {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        setenv("PATH", "", 1)
        defer { setenv("PATH", path, 1) }
        let loaded = try load(["content/evaluations/2024.xls": .bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])])
        XCTAssertEqual(loaded.diagnostics.sorted.map(\.description), [
            "content/evaluations/2024.xls: error: bảng tính Excel 97–2003 (.xls) không đọc được; trong Excel hãy lưu lại dạng "
                + "\"Excel Workbook (.xlsx)\", hoặc cài LibreOffice (apt-get install libreoffice-calc-nogui) để bontot tự chuyển "
                + "/ an Excel 97-2003 .xls workbook: save it as .xlsx, or install LibreOffice to have it converted",
        ])
    }

    func testASheetTooLargeForAScoreTableIsRefused() throws {
        let loaded = try load([xlsx: .bytes(try OfficeFixtures.bytes("too-many-rows.xlsx"))])
        XCTAssertEqual(loaded.diagnostics.sorted.map(\.description), [
            "\(xlsx): error: trang 'Sheet' có 10.001 dòng, quá 10.000 dòng của một bảng điểm / too many rows for a table of scores",
        ])
    }

    func testExcelLockFilesAreNotRead() throws {
        let loaded = try load([xlsx: .bytes(try OfficeFixtures.bytes("scores-openpyxl.xlsx")),
                               "content/evaluations/~$2024.xlsx": .bytes([0, 1, 2])])
        XCTAssertEqual(loaded.diagnostics.errorCount, 0, loaded.diagnostics.sorted.map(\.description).joined(separator: "\n"))
    }
}
