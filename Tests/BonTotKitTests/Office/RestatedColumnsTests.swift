import BonTotKit
import Foundation
import XCTest

/// The columns an office's score sheet has besides the scores (`make_restated_workbooks.py`):
/// "Xếp hạng", "Tỷ lệ đạt", "Chi bộ 4 tốt", a column with no header, under a title merged over
/// the table. Each was "unknown field" at every build, so `--strict` failed on a sheet that was
/// fine; the rank and the 4-tốt mark are now compared with what the rules compute.
final class RestatedColumnsTests: WorkbookTestCase {
    /// A sheet writing what bontot computes ranks as the CSV does, with no warning.
    func testASheetRestatingTheRankShareAndFourGoodMarkReadsWithoutWarnings() throws {
        let loaded = try workbook("scores-restated-columns.xlsx")
        XCTAssertEqual(ranking(loaded), try expected(), printed(loaded))
        XCTAssertEqual(loaded.diagnostics.warningCount, 0, printed(loaded))
    }

    /// A rank typed by hand and 4-tốt marks set on the wrong branches are warnings at their
    /// cells, saying what the sheet writes and what the rules give; the ranking is the computed one.
    func testARankOrFourGoodMarkOtherThanTheComputedOneWarnsAtItsCell() throws {
        let loaded = try workbook("scores-restated-wrong.xlsx")
        XCTAssertEqual(ranking(loaded), try expected(), printed(loaded))
        XCTAssertEqual(loaded.diagnostics.sorted.map(\.description), [
            "\(xlsx):Sheet!L5: warning: thứ hạng của chi bộ 'ap-2' ghi trong bảng là 3, khác thứ hạng tính theo tổng điểm (82) là 2 "
                + "(trong cụm 'cum-ap': 2); bảng xếp hạng dùng 2 / the sheet's rank differs from the computed rank",
            "\(xlsx):Sheet!N5: warning: bảng không ghi chi bộ 'ap-2' đạt “Chi bộ 4 tốt” nhưng theo thang điểm thì đạt; "
                + "trang xếp hạng ghi đạt; nếu chi bộ có đảng viên bị kỷ luật trong kỳ, hãy ghi số đảng viên đó vào cột 'Vi phạm' của bảng điểm "
                + "/ the rubric's rule gives the emulation title where the sheet does not award it",
            "\(xlsx):Sheet!N6: warning: bảng ghi chi bộ 'truong-thcs' đạt “Chi bộ 4 tốt” nhưng theo thang điểm thì chưa đạt: "
                + "tiêu chí “Lãnh đạo hoàn thành tốt nhiệm vụ chính trị” đạt dưới 80 % số điểm tối đa; "
                + "tiêu chí “Chất lượng sinh hoạt tốt” đạt dưới 80 % số điểm tối đa; tiêu chí “Đoàn kết, kỷ luật tốt” đạt dưới 80 % "
                + "số điểm tối đa; tiêu chí “Cán bộ, đảng viên tốt” đạt dưới 80 % số điểm tối đa "
                + "/ the sheet awards the emulation title where the rubric's rule does not give it",
        ], printed(loaded))
    }

    /// Equal totals share a rank (SPEC §3: 1, 2, 2, 4): a sheet writing "2, 2, 4" says nothing,
    /// one numbering the tie "2, 3" is told at the row that differs.
    func testTiedTotalsShareTheirRankAsTheSheetWritesThem() throws {
        // truong-thcs scored as ap-2 (82 points): ap-2 and truong-thcs tie 2nd, cong-an-xa is 4th.
        let tied = try csvLines(header: "Xếp hạng") { branch in
            ["ap-1": "1", "ap-2": "2", "truong-thcs": "2", "cong-an-xa": "4"][branch]!
        }
        let loaded = try load([csv: .text(tied)])
        XCTAssertEqual(ranking(loaded).map { $0.split(separator: " ").prefix(2).joined(separator: " ") },
                       ["1 ap-1", "2 ap-2", "2 truong-thcs", "4 cong-an-xa"], printed(loaded))
        XCTAssertEqual(loaded.diagnostics.warningCount, 0, printed(loaded))

        let numbered = try csvLines(header: "Thứ hạng") { branch in
            ["ap-1": "1", "ap-2": "2", "truong-thcs": "3", "cong-an-xa": "4"][branch]!
        }
        let wrong = try load([csv: .text(numbered)])
        XCTAssertEqual(wrong.diagnostics.sorted.map(\.description), [
            "\(csv):4: warning: thứ hạng của chi bộ 'truong-thcs' ghi trong bảng là 3, khác thứ hạng tính theo tổng điểm (82) là 2; "
                + "bảng xếp hạng dùng 2 / the sheet's rank differs from the computed rank",
        ], printed(wrong))
    }

    /// A sheet a cluster numbers each cluster's branches from 1: a branch's rank within its
    /// declared cluster matches as well as its rank overall (cong-an-xa, 4th, is 3rd of "cum-ap");
    /// a branch of no cluster has only that.
    func testABranchOfADeclaredClusterMayBeGivenItsRankWithinTheCluster() throws {
        let ranks = try csvLines(header: "Hạng", tie: false) { ["ap-1": "1", "ap-2": "2", "truong-thcs": "3", "cong-an-xa": "3"][$0]! }
        let branch = "content/branches/cong-an-xa.yaml"
        let yaml = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/\(branch)"), encoding: .utf8)
        let clustered = try load([csv: .text(ranks), branch: .text(yaml + "cluster: cum-ap\n")])
        XCTAssertEqual(clustered.diagnostics.warningCount, 0, printed(clustered))

        let alone = try load([csv: .text(ranks)])
        XCTAssertEqual(alone.diagnostics.sorted.map(\.description), [
            "\(csv):5: warning: thứ hạng của chi bộ 'cong-an-xa' ghi trong bảng là 3, khác thứ hạng tính theo tổng điểm (61) là 4; "
                + "bảng xếp hạng dùng 4 / the sheet's rank differs from the computed rank",
        ], printed(alone))
    }

    /// A "Chi bộ 4 tốt" column is read as offices mark it ("x", "Đạt", "có" against "không" or
    /// empty); a column left blank in every row is one not filled in yet, and says nothing.
    func testFourGoodMarksAreReadInTheirUsualWordsAndABlankColumnSaysNothing() throws {
        let marked = try csvLines(header: "Đạt 4 tốt", tie: false) { branch in
            ["ap-1": "Đạt", "ap-2": "X", "truong-thcs": "không", "cong-an-xa": ""][branch]!
        }
        let loaded = try load([csv: .text(marked)])
        XCTAssertEqual(ranking(loaded), try expected(), printed(loaded))
        XCTAssertEqual(loaded.diagnostics.warningCount, 0, printed(loaded))

        let blank = try load([csv: .text(try csvLines(header: "Danh hiệu", tie: false) { _ in "" })])
        XCTAssertEqual(blank.diagnostics.warningCount, 0, printed(blank))

        let missed = try load([csv: .text(try csvLines(header: "Chi bộ 4 tốt", tie: false) { $0 == "ap-1" ? "có" : "" })])
        XCTAssertEqual(missed.diagnostics.sorted.map(\.description), [
            "\(csv):3: warning: bảng không ghi chi bộ 'ap-2' đạt “Chi bộ 4 tốt” nhưng theo thang điểm thì đạt; "
                + "trang xếp hạng ghi đạt; nếu chi bộ có đảng viên bị kỷ luật trong kỳ, hãy ghi số đảng viên đó vào cột 'Vi phạm' của bảng điểm "
                + "/ the rubric's rule gives the emulation title where the sheet does not award it",
        ], printed(missed))
    }

    /// A column headed with the title the rubric names (`four_good.title`) is the mark's column,
    /// and the warning names that title; its English half said "4-tốt" whatever the title, and
    /// now says "the emulation title".
    func testAColumnHeadedWithTheRubricsTitleIsTheMarksColumn() throws {
        let rubric = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/content/rubric.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "four_good:\n", with: "four_good:\n  title: Chi bộ trong sạch, vững mạnh\n")
        let marked = try csvLines(header: "Chi bộ trong sạch, vững mạnh", tie: false) { $0 == "ap-1" ? "có" : "" }
        let loaded = try load([csv: .text(marked), "content/rubric.yaml": .text(rubric)])
        XCTAssertEqual(loaded.diagnostics.sorted.map(\.description), [
            "\(csv):3: warning: bảng không ghi chi bộ 'ap-2' đạt “Chi bộ trong sạch, vững mạnh” nhưng theo thang điểm thì đạt; "
                + "trang xếp hạng ghi đạt; nếu chi bộ có đảng viên bị kỷ luật trong kỳ, hãy ghi số đảng viên đó vào cột 'Vi phạm' của bảng điểm "
                + "/ the rubric's rule gives the emulation title where the sheet does not award it",
        ], printed(loaded))
        let overstated = try csvLines(header: "Chi bộ trong sạch, vững mạnh", tie: false) { ["ap-1", "ap-2", "cong-an-xa"].contains($0) ? "x" : "" }
        let told = try load([csv: .text(overstated), "content/rubric.yaml": .text(rubric)]).diagnostics.sorted.map(\.description)
        XCTAssertEqual(told.count, 1, told.joined(separator: "\n"))
        XCTAssertTrue(told.allSatisfy {
            $0.hasPrefix("\(csv):5: warning: bảng ghi chi bộ 'cong-an-xa' đạt “Chi bộ trong sạch, vững mạnh” nhưng theo thang điểm thì chưa đạt: ")
                && $0.hasSuffix(" / the sheet awards the emulation title where the rubric's rule does not give it") && !$0.contains("4-tốt") && !$0.contains("4 tốt")
        }, told.joined(separator: "\n"))
    }

    /// A column no word names ("Tỷ lệ đảng viên dự họp") is still a warning, once for the sheet
    /// at its header cell however many rows it has, listing the columns a sheet may have.
    func testAnUnknownColumnWarnsOnceListingTheColumnsRead() throws {
        let loaded = try load([csv: .text(try csvLines(header: "Tỷ lệ đảng viên dự họp", tie: false) { _ in "90%" })])
        XCTAssertEqual(ranking(loaded), try expected(), printed(loaded))
        XCTAssertEqual(loaded.diagnostics.sorted.map(\.description), [
            "\(csv):1: warning: cột/trường không xác định / unknown field 'Tỷ lệ đảng viên dự họp'; bảng điểm đọc các cột "
                + "/ the columns read: branch (Chi bộ), nhiem-vu-chinh-tri.chi-tieu, nhiem-vu-chinh-tri.tien-do, sinh-hoat, "
                + "doan-ket-ky-luat, dang-vien, (hoặc tên tiêu chí / or the criterion's name, TC1…TC4), bonus (Điểm thưởng), "
                + "penalty (Điểm trừ), violations (Vi phạm), level (Xếp loại), note (Ghi chú), Tổng điểm, Xếp hạng, "
                + "Hạng trong cụm, Cụm thi đua, Tỷ lệ đạt, Chi bộ 4 tốt, Tình trạng, STT",
        ], printed(loaded))
    }

    /// The minimal fixture's CSV with one more column, `header`, before "level", holding
    /// `value(branch)` on each branch's row; with `tie`, truong-thcs scored as ap-2 (82 points).
    private func csvLines(header: String, tie: Bool = true, _ value: (String) -> String) throws -> String {
        let text = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/\(csv)"), encoding: .utf8)
        var lines = text.split(whereSeparator: \.isNewline).map(String.init)
        for index in lines.indices {
            var cells = lines[index].split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            let branch = cells[0]
            if tie, branch == "truong-thcs" { cells = ["truong-thcs", "12", "12", "25", "17", "16", "0", "0", "0", "", ""] }
            cells.insert(index == 0 ? header : value(branch), at: 9)
            lines[index] = cells.joined(separator: ";")
        }
        return lines.joined(separator: "\n")
    }
}
