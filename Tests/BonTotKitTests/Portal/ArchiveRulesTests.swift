import XCTest

/// Every figure of the yearly archive of the `archive` fixture, against answers worked out by
/// hand from its scores (SPEC §3). Its six branches' levels, 2020 to 2024:
///
/// | branch           | 2020 | 2021 | 2022         | 2023         | 2024 |
/// |------------------|------|------|--------------|--------------|------|
/// | ấp An Bình       | XS   | XS   | XS           | T            | XS   |
/// | ấp Bình Đông     | T    | T    | HT           | T            | XS   |
/// | ấp Cầu Sắt       | XS   | XS   | (no score)   | XS           | XS   |
/// | ấp Đồng Tâm      | T    | T    | T (92 → XS)  | XS (88 → T)  | XS   |
/// | Công an xã       |      |      | T (founded)  | T            | T    |
/// | Trường Hoa Sen   | T    | T    | T            | HT           | T    |
///
/// XS = xuất sắc, T = tốt, HT = hoàn thành; "(92 → XS)" is a stated level the committee decided
/// against the computed one, which wins. A year a branch was not scored breaks its streaks, as a
/// year at a lower level does: "N năm liền" claims N years on record, one after another.
final class ArchiveRulesTests: XCTestCase {
    private static let built = Result { try BuiltSite.build("archive") }

    private func page(_ year: Int?) throws -> String {
        let built = try Self.built.get()
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        return built.page(year.map { "luu-tru/\($0)/index.html" } ?? "luu-tru/index.html")
    }

    private func section(_ year: Int, _ id: String) throws -> String {
        PortalPageText.text(PortalPageText.section(try page(year), id: id))
    }

    /// Rank, branch, total, level and the "4 tốt" mark of each row of the year's table.
    private func ranking(_ year: Int) throws -> [String] {
        PortalPageText.rows(try page(year), caption: "Bảng xếp hạng thi đua năm \(year)").map { row in
            "\(row[cell: 0]) \(row[cell: 1]) \(row[cell: 8]) \(row[cell: 9]) \(row[cell: 10])"
        }
    }

    func testEachYearRanksOnTotalsWithTiesByNameAndShowsTheStatedLevel() throws {
        XCTAssertEqual(try ranking(2020), [
            "1 Chi bộ ấp An Bình 95 Hoàn thành xuất sắc nhiệm vụ ✓ Chi bộ 4 tốt",
            "2 Chi bộ ấp Cầu Sắt 92 Hoàn thành xuất sắc nhiệm vụ ✓ Chi bộ 4 tốt",
            "3 Chi bộ Trường Tiểu học Hoa Sen 88 Hoàn thành tốt nhiệm vụ ✓ Chi bộ 4 tốt",
            "4 Chi bộ ấp Bình Đông 80 Hoàn thành tốt nhiệm vụ ✓ Chi bộ 4 tốt",
            "5 Chi bộ ấp Đồng Tâm 75 Hoàn thành tốt nhiệm vụ — Chưa đạt",
        ])
        XCTAssertEqual(try ranking(2021), [
            "1 Chi bộ ấp Cầu Sắt 95 Hoàn thành xuất sắc nhiệm vụ ✓ Chi bộ 4 tốt",
            "2 Chi bộ ấp An Bình 92 Hoàn thành xuất sắc nhiệm vụ ✓ Chi bộ 4 tốt",
            "3 Chi bộ ấp Bình Đông 88 Hoàn thành tốt nhiệm vụ ✓ Chi bộ 4 tốt",
            "4 Chi bộ ấp Đồng Tâm 80 Hoàn thành tốt nhiệm vụ ✓ Chi bộ 4 tốt",
            "4 Chi bộ Trường Tiểu học Hoa Sen 80 Hoàn thành tốt nhiệm vụ — Chưa đạt",
        ], "equal totals share a rank, in Vietnamese name order; a member disciplined withholds 4 tốt")
        XCTAssertEqual(try ranking(2022), [
            "1 Chi bộ ấp An Bình 95 Hoàn thành xuất sắc nhiệm vụ ✓ Chi bộ 4 tốt",
            "2 Chi bộ ấp Đồng Tâm 92 Hoàn thành tốt nhiệm vụ ✓ Chi bộ 4 tốt",
            "3 Chi bộ Trường Tiểu học Hoa Sen 88 Hoàn thành tốt nhiệm vụ ✓ Chi bộ 4 tốt",
            "4 Chi bộ Công an xã 75 Hoàn thành tốt nhiệm vụ — Chưa đạt",
            "5 Chi bộ ấp Bình Đông 60 Hoàn thành nhiệm vụ — Chưa đạt",
        ], "Đồng Tâm's stated 'tốt' wins over its 92 points")
        XCTAssertEqual(try ranking(2023), [
            "1 Chi bộ ấp Cầu Sắt 95 Hoàn thành xuất sắc nhiệm vụ ✓ Chi bộ 4 tốt",
            "2 Chi bộ ấp An Bình 88 Hoàn thành tốt nhiệm vụ ✓ Chi bộ 4 tốt",
            "2 Chi bộ ấp Đồng Tâm 88 Hoàn thành xuất sắc nhiệm vụ ✓ Chi bộ 4 tốt",
            "4 Chi bộ ấp Bình Đông 80 Hoàn thành tốt nhiệm vụ ✓ Chi bộ 4 tốt",
            "4 Chi bộ Công an xã 80 Hoàn thành tốt nhiệm vụ ✓ Chi bộ 4 tốt",
            "6 Chi bộ Trường Tiểu học Hoa Sen 60 Hoàn thành nhiệm vụ — Chưa đạt",
        ], "Đồng Tâm's stated 'xuất sắc' wins over its 88 points")
        XCTAssertEqual(try ranking(2024), [
            "1 Chi bộ ấp An Bình 95 Hoàn thành xuất sắc nhiệm vụ ✓ Chi bộ 4 tốt",
            "1 Chi bộ ấp Đồng Tâm 95 Hoàn thành xuất sắc nhiệm vụ ✓ Chi bộ 4 tốt",
            "3 Chi bộ ấp Bình Đông 92 Hoàn thành xuất sắc nhiệm vụ ✓ Chi bộ 4 tốt",
            "3 Chi bộ ấp Cầu Sắt 92 Hoàn thành xuất sắc nhiệm vụ — Chưa đạt",
            "5 Chi bộ Công an xã 88 Hoàn thành tốt nhiệm vụ ✓ Chi bộ 4 tốt",
            "6 Chi bộ Trường Tiểu học Hoa Sen 75 Hoàn thành tốt nhiệm vụ — Chưa đạt",
        ])
        let warnings = try Self.built.get().report.diagnostics.sorted.map(\.description)
        XCTAssertTrue(warnings.contains { $0.hasPrefix("content/evaluations/2022.yaml:5: warning:") && $0.contains("'tot'") }, "\(warnings)")
        XCTAssertTrue(warnings.contains { $0.hasPrefix("content/evaluations/2023.yaml:6: warning:") && $0.contains("'xuat-sac'") }, "\(warnings)")
    }

    func testEachYearCountsItsLevelsAndItsFourGoodTitlesAmongTheBranchesRanked() throws {
        let summaries = [
            2020: "05/05 chi bộ hoàn thành tốt nhiệm vụ trở lên, trong đó 02 chi bộ hoàn thành xuất sắc nhiệm vụ (40,0 %). "
                + "04 chi bộ đạt danh hiệu “Chi bộ 4 tốt”.",
            2021: "05/05 chi bộ hoàn thành tốt nhiệm vụ trở lên, trong đó 02 chi bộ hoàn thành xuất sắc nhiệm vụ (40,0 %). "
                + "04 chi bộ đạt danh hiệu “Chi bộ 4 tốt”.",
            2022: "Đã chấm điểm 05/06 chi bộ; chưa có điểm: Chi bộ ấp Cầu Sắt. "
                + "04/05 chi bộ hoàn thành tốt nhiệm vụ trở lên, trong đó 01 chi bộ hoàn thành xuất sắc nhiệm vụ (20,0 %). "
                + "01 chi bộ hoàn thành nhiệm vụ (20,0 %). 03 chi bộ đạt danh hiệu “Chi bộ 4 tốt”.",
            2023: "05/06 chi bộ hoàn thành tốt nhiệm vụ trở lên, trong đó 02 chi bộ hoàn thành xuất sắc nhiệm vụ (33,3 %). "
                + "01 chi bộ hoàn thành nhiệm vụ (16,7 %). 05 chi bộ đạt danh hiệu “Chi bộ 4 tốt”.",
            2024: "06/06 chi bộ hoàn thành tốt nhiệm vụ trở lên, trong đó 04 chi bộ hoàn thành xuất sắc nhiệm vụ (66,7 %). "
                + "04 chi bộ đạt danh hiệu “Chi bộ 4 tốt”.",
        ]
        for (year, summary) in summaries {
            let text = try section(year, "xep-hang")
            XCTAssertTrue(text.contains("Xếp hạng thi đua năm \(year) \(summary)"), "\(year): \(text)")
        }
        let fourGood = [
            2020: ["ấp An Bình", "ấp Bình Đông", "ấp Cầu Sắt", "Trường Tiểu học Hoa Sen"],
            2021: ["ấp An Bình", "ấp Bình Đông", "ấp Cầu Sắt", "ấp Đồng Tâm"],
            2022: ["ấp An Bình", "ấp Đồng Tâm", "Trường Tiểu học Hoa Sen"],
            2023: ["ấp An Bình", "ấp Bình Đông", "ấp Cầu Sắt", "ấp Đồng Tâm", "Công an xã"],
            2024: ["ấp An Bình", "ấp Bình Đông", "ấp Đồng Tâm", "Công an xã"],
        ]
        for (year, names) in fourGood {
            XCTAssertEqual(try section(year, "bon-tot"),
                           (["Danh hiệu “Chi bộ 4 tốt” năm \(year)"] + names.map { "Chi bộ " + $0 }).joined(separator: " "))
        }
    }

    /// The honour roll of each year counts the runs that reach that year, never a later one: a
    /// year at a lower level, or without the branch's score, ends a run.
    func testTheHonourRollOfEachYearCountsTheRunsReachingThatYear() throws {
        let head = "Bảng vàng thành tích nhiều năm liền"
        let excellent = "Hoàn thành xuất sắc nhiệm vụ nhiều năm liền"
        let good = "Hoàn thành tốt nhiệm vụ trở lên nhiều năm liền"
        func run(_ branch: String, _ orBetter: Bool, _ years: ClosedRange<Int>) -> String {
            "Chi bộ \(branch): Hoàn thành \(orBetter ? "tốt nhiệm vụ trở lên" : "xuất sắc nhiệm vụ") "
                + "0\(years.count) năm liền (\(years.lowerBound)–\(years.upperBound))"
        }
        XCTAssertEqual(try section(2020, "bang-vang"), "\(head) Chưa có chi bộ nào đạt thành tích hai năm liền trở lên.")
        XCTAssertEqual(try section(2021, "bang-vang"), [
            head, excellent, run("ấp An Bình", false, 2020...2021), run("ấp Cầu Sắt", false, 2020...2021),
            good, run("ấp Bình Đông", true, 2020...2021), run("ấp Đồng Tâm", true, 2020...2021),
            run("Trường Tiểu học Hoa Sen", true, 2020...2021),
        ].joined(separator: " "), "a branch whose run at tốt or better is its run at xuất sắc is listed once, at xuất sắc")
        XCTAssertEqual(try section(2022, "bang-vang"), [
            head, excellent, run("ấp An Bình", false, 2020...2022),
            good, run("ấp Đồng Tâm", true, 2020...2022), run("Trường Tiểu học Hoa Sen", true, 2020...2022),
        ].joined(separator: " "), "Cầu Sắt has no score in 2022: no run reaches 2022; Bình Đông's 'hoàn thành' ends its run")
        XCTAssertEqual(try section(2023, "bang-vang"), [
            head, good, run("ấp An Bình", true, 2020...2023), run("ấp Đồng Tâm", true, 2020...2023),
            run("Công an xã", true, 2022...2023),
        ].joined(separator: " "), "An Bình's 'tốt' year ends its run at xuất sắc, not at tốt or better")
        XCTAssertEqual(try section(2024, "bang-vang"), [
            head, excellent, run("ấp Cầu Sắt", false, 2023...2024), run("ấp Đồng Tâm", false, 2023...2024),
            good, run("ấp An Bình", true, 2020...2024), run("ấp Đồng Tâm", true, 2020...2024),
            run("Công an xã", true, 2022...2024), run("ấp Bình Đông", true, 2023...2024),
        ].joined(separator: " "), "the longest runs first; Cầu Sắt's run starts again after its year without a score")
        XCTAssertFalse(try page(2025).contains("id=\"bang-vang\""), "2025 was not scored: no honour roll")
    }

    func testAwardsAndStoriesAreFiledUnderTheirYear() throws {
        XCTAssertEqual(try section(2022, "khen-thuong"),
                       "Khen thưởng năm 2022 Chi bộ ấp An Bình: Bằng khen của Ban Thường vụ Tỉnh ủy — "
                           + "Hoàn thành xuất sắc nhiệm vụ 3 năm liền (2020–2022)")
        XCTAssertEqual(try section(2024, "khen-thuong"),
                       "Khen thưởng năm 2024 Chi bộ ấp Cầu Sắt: Giấy khen của Huyện ủy Tân Phước — "
                           + "Hoàn thành xuất sắc nhiệm vụ 2 năm liền (2023–2024) "
                           + "Chi bộ ấp Đồng Tâm: Bằng khen của Ban Thường vụ Huyện ủy Tân Phước")
        XCTAssertEqual(try section(2025, "khen-thuong"),
                       "Khen thưởng năm 2025 Chi bộ ấp Cầu Sắt: Giấy khen của Đảng ủy xã Phú Lộc — Phong trào chuyển đổi số")
        for year in [2020, 2021, 2023] {
            XCTAssertEqual(try section(year, "khen-thuong"), "Khen thưởng năm \(year) Chưa ghi nhận hình thức khen thưởng nào trong năm.")
        }
        let titles = { (year: Int) in
            PortalPageText.section(try self.page(year), id: "guong").matches(of: #/<a href="../../guong-dien-hinh/[^"]+">([^<]+)</a>/#).map { String($0.output.1) }
        }
        XCTAssertEqual(try titles(2022), ["Ấp An Bình góp sức làm đường liên ấp"])
        XCTAssertEqual(try titles(2024), ["Quỹ khuyến học ấp Đồng Tâm", "Công an xã cùng dân tuần tra đêm"], "newest first")
        for year in [2020, 2021, 2023, 2025] {
            XCTAssertEqual(try section(year, "guong"), "Gương điển hình năm \(year) Chưa có bài viết nào trong năm.")
        }
    }

    func testTheIndexListsEveryYearNewestFirstWithItsSentences() throws {
        let index = PortalPageText.text(try page(nil))
        let years = [
            "Năm 2025 Chưa có kết quả chấm điểm thi đua năm 2025. 01 hình thức khen thưởng.",
            "Năm 2024 06/06 chi bộ hoàn thành tốt nhiệm vụ trở lên, trong đó 04 chi bộ hoàn thành xuất sắc nhiệm vụ (66,7 %). "
                + "04 chi bộ đạt danh hiệu “Chi bộ 4 tốt”.",
            "Năm 2023 05/06 chi bộ hoàn thành tốt nhiệm vụ trở lên, trong đó 02 chi bộ hoàn thành xuất sắc nhiệm vụ (33,3 %). "
                + "01 chi bộ hoàn thành nhiệm vụ (16,7 %). 05 chi bộ đạt danh hiệu “Chi bộ 4 tốt”.",
            "Năm 2022 Đã chấm điểm 05/06 chi bộ; chưa có điểm: Chi bộ ấp Cầu Sắt. "
                + "04/05 chi bộ hoàn thành tốt nhiệm vụ trở lên, trong đó 01 chi bộ hoàn thành xuất sắc nhiệm vụ (20,0 %). "
                + "01 chi bộ hoàn thành nhiệm vụ (20,0 %). 03 chi bộ đạt danh hiệu “Chi bộ 4 tốt”.",
            "Năm 2021 05/05 chi bộ hoàn thành tốt nhiệm vụ trở lên, trong đó 02 chi bộ hoàn thành xuất sắc nhiệm vụ (40,0 %). "
                + "04 chi bộ đạt danh hiệu “Chi bộ 4 tốt”.",
            "Năm 2020 05/05 chi bộ hoàn thành tốt nhiệm vụ trở lên, trong đó 02 chi bộ hoàn thành xuất sắc nhiệm vụ (40,0 %). "
                + "04 chi bộ đạt danh hiệu “Chi bộ 4 tốt”.",
        ]
        XCTAssertTrue(index.contains(years.joined(separator: " ")), index)
    }
}
