import BonTotKit
import Foundation
import XCTest

/// Score tables laid out as Vietnamese administrative tables are: the row numbering the columns
/// under the header, an average row under the total, criteria numbered as the rubric's document
/// numbers them, the branch column titled "Tên đơn vị", the name beside the id. Each ranks as
/// the CSV of ids does.
final class AdministrativeTableTests: WorkbookTestCase {
    /// The minimal fixture's CSV, one line a row, with an "STT" column in front.
    private func numberedLines() throws -> [String] {
        let text = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/\(csv)"), encoding: .utf8)
            .replacingOccurrences(of: "\u{FEFF}", with: "")
        let lines = text.split(whereSeparator: \.isNewline).map(String.init)
        return ["STT;" + lines[0]] + lines.dropFirst().enumerated().map { "\($0.offset + 1);\($0.element)" }
    }

    /// The row "A | B | (1) | (2) | … | (9)=(1)+…+(6)-(7)" under a header on two rows (as
    /// `make_habit_workbooks.py` lays it out, with "Cộng" and "Bình quân" rows and the signatures
    /// below) was read as a branch 'B' with ten errors; so were plain numbers "1 | 2 | 3 | …".
    func testTheRowNumberingTheColumnsIsNoBranch() throws {
        let loaded = try workbook("scores-column-numbers.xlsx")
        XCTAssertEqual(ranking(loaded), try expected(), printed(loaded))
        XCTAssertEqual(loaded.diagnostics.warningCount, 0, printed(loaded))

        var lines = try numberedLines()
        lines.insert("A;B;(1);(2);(3);(4);(5);(6);(7);(8);(9);(10)", at: 1)
        let lettered = try load([csv: .text(lines.joined(separator: "\r\n"))])
        XCTAssertEqual(ranking(lettered), try expected(), printed(lettered))
        XCTAssertEqual(lettered.diagnostics.warningCount, 0, printed(lettered))

        lines[1] = "1;2;3;4;5;6;7;8;9;10;11;12"
        let counted = try load([csv: .text(lines.joined(separator: "\r\n"))])
        XCTAssertEqual(ranking(counted), try expected(), printed(counted))
        XCTAssertEqual(counted.diagnostics.warningCount, 0, printed(counted))
    }

    /// A row of scores under the header is never taken for the numbering: a branch that lacks
    /// its id is still an error.
    func testARowOfScoresUnderTheHeaderIsStillRead() throws {
        var lines = try numberedLines()
        lines.insert(";;14;14;28;19;18;1;0;0;;", at: 1)
        let loaded = try load([csv: .text(lines.joined(separator: "\n"))])
        XCTAssertTrue(loaded.diagnostics.sorted.map(\.description).contains { $0.hasPrefix("\(csv):2: error:") && $0.contains("thiếu mã chi bộ") },
                      printed(loaded))
    }

    /// An average row under the total ("Bình quân", "Trung bình") and a total with a remark in
    /// brackets ("TỔNG CỘNG (4 chi bộ)") were read as rows without a branch: an error each.
    func testAnAverageRowAndATotalWithARemarkAreLeftOut() throws {
        let lines = try numberedLines()
        for foot in [["TỔNG CỘNG (4 chi bộ);;47;46;91;64;61;1,5;0;1;;"],
                     ["Cộng;;47;46;91;64;61;1,5;0;1;;", "Bình quân;;11,75;11,5;22,75;16;15,25;0,38;0;0,25;;"],
                     [";Trung bình;11,75;11,5;22,75;16;15,25;0,38;0;0,25;;"]] {
            let loaded = try load([csv: .text((lines + foot).joined(separator: "\n"))])
            XCTAssertEqual(ranking(loaded), try expected(), "\(foot)\n\(printed(loaded))")
            XCTAssertEqual(loaded.diagnostics.warningCount, 0, printed(loaded))
        }
    }

    /// A branch named after its hamlet with a number ("Trung Bình 2", the sheet writing names)
    /// is read, though "Trung bình" heads an average row: it was left out as a total, and the
    /// branch said unscored. A total naming its count ("Tổng cộng 4 chi bộ") is still left out.
    func testAHamletsNameOpeningWithATotalsWordIsABranch() throws {
        let branch = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/content/branches/ap-2.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "name: Chi bộ ấp 2", with: "name: Trung Bình 2")
        var lines = try numberedLines()
        lines[2] = lines[2].replacingOccurrences(of: ";ap-2;", with: ";Trung Bình 2;")
        lines.append(";Tổng cộng 4 chi bộ;47;46;91;64;61;1,5;0;1;;")
        let loaded = try load([csv: .text(lines.joined(separator: "\n")), "content/branches/ap-2.yaml": .text(branch)])
        XCTAssertEqual(ranking(loaded), try expected(), printed(loaded))
        XCTAssertEqual(loaded.diagnostics.warningCount, 0, printed(loaded))
    }

    /// Criteria numbered as the rubric's document numbers them ("1.1. Hoàn thành …", "Tiêu chí 2:
    /// Chất lượng sinh hoạt tốt", "3. Đoàn kết, kỷ luật tốt (20 điểm)", "IV- Cán bộ, đảng viên
    /// tốt") were "the column matches no criterion" each. "Tiêu chí 2:" names the second
    /// criterion whatever words follow; a number before words that name nothing still does not.
    func testCriteriaNumberedAsTheRubricNumbersThem() throws {
        var lines = try numberedLines()
        lines[0] = "STT;Tên chi bộ;1.1. Hoàn thành các chỉ tiêu được giao;1.2 Tiến độ, chất lượng lãnh đạo;"
            + "Tiêu chí 2: Chất lượng sinh hoạt tốt;3. Đoàn kết, kỷ luật tốt (20 điểm);IV- Cán bộ, đảng viên tốt;"
            + "5. Điểm thưởng;Điểm trừ;Vi phạm;Xếp loại;Ghi chú"
        let loaded = try load([csv: .text(lines.joined(separator: "\n"))])
        XCTAssertEqual(ranking(loaded), try expected(), printed(loaded))
        XCTAssertEqual(loaded.diagnostics.warningCount, 0, printed(loaded))

        let header = lines[0]
        lines[0] = header.replacingOccurrences(of: "Tiêu chí 2: Chất lượng sinh hoạt tốt", with: "\"TIÊU CHÍ 2:\nSinh hoạt chi bộ\"")
        let byNumber = try load([csv: .text(lines.joined(separator: "\n"))])
        XCTAssertEqual(ranking(byNumber), try expected(), printed(byNumber))

        lines[0] = header.replacingOccurrences(of: "3. Đoàn kết, kỷ luật tốt (20 điểm)", with: "3. Đoàn kết")
        let unknown = try load([csv: .text(lines.joined(separator: "\n"))])
        XCTAssertEqual(unknown.diagnostics.sorted.filter { $0.severity == .error }.map(\.description), [
            "\(csv):1: error: cột '3. Đoàn kết' không khớp tiêu chí nào; có phải 'doan-ket-ky-luat' (Đoàn kết, kỷ luật tốt)? "
                + "/ the column matches no criterion; did you mean 'doan-ket-ky-luat'?",
        ])
    }

    /// Items numbered after their criterion ("TC 1.1", "TC 1.2", then "TC 2" …) were both read as
    /// "TC 1", the criterion: "cột 'nhiem-vu-chinh-tri' có hai lần", and every total wrong. The
    /// bonus titled "Điểm cộng", the level "Kết quả xếp loại" or "Xếp loại chất lượng" (its words
    /// "HTXSNV", "HTTNV", "HTNV") were unknown columns, the levels not compared.
    func testItemsNumberedAfterTheirCriterionAndOtherWordsForTheBonusAndTheLevel() throws {
        var lines = try numberedLines()
        let levels = ["HTXSNV", "HTTNV", "HTTNV", "HTNV"]
        for (index, level) in levels.enumerated() {
            var cells = lines[index + 1].split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            cells[10] = level
            lines[index + 1] = cells.joined(separator: ";")
        }
        for levelHeader in ["Kết quả xếp loại", "Xếp loại chất lượng"] {
            lines[0] = "TT;Chi bộ trực thuộc;TC 1.1;TC1.2 (15đ);TC 2;TC 3;TC 4;Điểm cộng;Điểm trừ;Vi phạm;\(levelHeader);Ghi chú"
            try assertRanksAsTheCSV(try load([csv: .text(lines.joined(separator: "\n"))]), levelHeader)
        }
        // A level the committee wrote unlike the computed one is compared, so the column is read;
        // the warning quotes the cell as typed ("HTTNV") and the computed level by its name.
        lines[4] = lines[4].replacingOccurrences(of: "HTNV", with: "HTTNV")
        let stated = try load([csv: .text(lines.joined(separator: "\n"))])
        XCTAssertTrue(printed(stated).contains("mức xếp loại ghi 'HTTNV' (Hoàn thành tốt nhiệm vụ) khác mức tính theo điểm 'Hoàn thành nhiệm vụ'"), printed(stated))
    }

    /// The branch column titled as administrative tables title it ("Tên đơn vị", "Đơn vị", "Tên
    /// tổ chức đảng") was
    /// not found: the document's head above the table was taken for the header, "the first
    /// column must be 'branch', got 'ĐẢNG BỘ …'". A first column titled otherwise is named at its
    /// own cell, in the row that names the criteria.
    func testTheBranchColumnTitledAsAUnit() throws {
        var lines = try numberedLines()
        lines.insert("ĐẢNG BỘ XÃ HÒA THUẬN;;;;;;;ĐẢNG CỘNG SẢN VIỆT NAM;;;;", at: 0)
        lines[1] = lines[1].replacingOccurrences(of: "STT;branch;", with: "TT;Tên đơn vị;")
        let named = try load([csv: .text(lines.joined(separator: "\n"))])
        XCTAssertEqual(ranking(named), try expected(), printed(named))
        XCTAssertEqual(named.diagnostics.warningCount, 0, printed(named))

        lines[1] = lines[1].replacingOccurrences(of: "TT;Tên đơn vị;", with: "TT;Tên tổ chức đảng;")
        let party = try load([csv: .text(lines.joined(separator: "\n"))])
        XCTAssertEqual(ranking(party), try expected(), printed(party))

        lines[1] = lines[1].replacingOccurrences(of: "TT;Tên tổ chức đảng;", with: "TT;Cơ sở đảng;")
        let other = try load([csv: .text(lines.joined(separator: "\n"))])
        XCTAssertEqual(other.diagnostics.sorted.map(\.description), [
            "\(csv):2: error: cột đầu tiên của dòng tiêu đề phải là 'branch' (hoặc 'Chi bộ', 'Mã chi bộ', 'Tên chi bộ', 'Đơn vị', "
                + "'Tên đơn vị', 'Chi bộ trực thuộc', 'Tên tổ chức đảng', 'Tổ chức đảng', 'Tên chi, đảng bộ', 'Chi, đảng bộ') "
                + "/ the first column must be 'branch', got 'Cơ sở đảng'",
        ])
    }

    /// A sheet with the branch's id and its name ("Mã chi bộ | Tên chi bộ", the id column often
    /// hidden) warned "unknown field 'branch'" at the name column on every build, and never
    /// noticed a row whose two columns name two branches (one column sorted without the other),
    /// whose scores may be either's: that is an error at the name's cell now.
    func testTheBranchNamedBesideItsIdIsComparedWithIt() throws {
        let names = ["ap-1": "Chi bộ ấp 1", "ap-2": "Chi bộ ấp 2", "truong-thcs": "Trường THCS Hòa Thuận", "cong-an-xa": "Công an xã"]
        var lines = try numberedLines()
        lines[0] = lines[0].replacingOccurrences(of: "STT;branch;", with: "STT;Mã chi bộ;Tên chi bộ;")
        for index in 1..<lines.count {
            var cells = lines[index].split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            cells.insert(names[cells[1]] ?? "", at: 2)
            lines[index] = cells.joined(separator: ";")
        }
        let named = try load([csv: .text(lines.joined(separator: "\n"))])
        XCTAssertEqual(ranking(named), try expected(), printed(named))
        XCTAssertEqual(named.diagnostics.warningCount, 0, printed(named))

        lines[1] = lines[1].replacingOccurrences(of: "Chi bộ ấp 1", with: "Chi bộ ấp 2")
        lines[2] = lines[2].replacingOccurrences(of: "Chi bộ ấp 2", with: "Chi bộ ấp 1")
        lines[3] = lines[3].replacingOccurrences(of: "Trường THCS Hòa Thuận", with: "Trường THCS (cũ)")
        let swapped = try load([csv: .text(lines.joined(separator: "\n"))])
        XCTAssertEqual(swapped.diagnostics.sorted.map(\.description), [
            "\(csv):2: error: dòng này ghi 'ap-1' là chi bộ 'ap-1' (Chi bộ ấp 1) nhưng ô này ghi 'Chi bộ ấp 2' là chi bộ 'ap-2' "
                + "(Chi bộ ấp 2); hai cột tên của một dòng phải cùng một chi bộ (có thể một cột đã được sắp xếp riêng) / the row's "
                + "two branch columns name different branches: 'ap-1' and 'ap-2'",
            "\(csv):3: error: dòng này ghi 'ap-2' là chi bộ 'ap-2' (Chi bộ ấp 2) nhưng ô này ghi 'Chi bộ ấp 1' là chi bộ 'ap-1' "
                + "(Chi bộ ấp 1); hai cột tên của một dòng phải cùng một chi bộ (có thể một cột đã được sắp xếp riêng) / the row's "
                + "two branch columns name different branches: 'ap-2' and 'ap-1'",
        ], "a name that names no branch is not compared")
    }
}
