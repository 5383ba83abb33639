import BonTotKit
import Foundation
import XCTest

/// A province ranks its districts as its đảng bộ trực thuộc, for the "Đảng bộ 4 tốt" title
/// unless its unit rubric names another (SPEC §7): a district is no đảng bộ cơ sở, so neither
/// its ranking page, its table, its sentences, its CSV, the home's block, the year's archive nor
/// the bulletin call it one.
final class ProvinceUnitRankingWordsTests: XCTestCase {
    private static let scores = """
        title: Kết quả chấm điểm năm 2024
        scores:
          giong-rieng: { chinh-tri: 26, xay-dung-dang: 26, doan-ket: 17, can-bo: 17 }

        """

    /// The province with its district scored for 2024, on the district's unit scale without
    /// `min_branch_share` (the district, whose own share of branches holding "Chi bộ 4 tốt" is not
    /// asked, may then earn the title), `fourGood` added to its `four_good`; built.
    private func buildProvince(fourGood: String = "") throws -> BuiltSite {
        let province = try ProvinceFixture.prepare(for: self, files: ["content/unit-evaluations/2024.yaml": Self.scores])
        try province.replace(", min_branch_share: 0.6", with: "", in: "content/unit-rubric.yaml")
        try province.replace("four_good: {", with: "four_good: {" + fourGood, in: "content/unit-rubric.yaml")
        let output = province.sibling("tinh-output")
        let built = BuiltSite(root: province.root, output: output, report: province.build(output: output))
        XCTAssertTrue(built.report.succeeded, built.report.problems)
        return built
    }

    func testAProvincesUnitRankingSpeaksOfItsĐảngBộTrựcThuộcAndTheirTitle() throws {
        let built = try buildProvince()
        let ranking = built.page("xep-hang-don-vi/index.html")
        let text = PortalPageText.text(ranking)
        for said in ["Xếp hạng đảng bộ trực thuộc Kết quả mới nhất: Xếp hạng đảng bộ trực thuộc năm 2024.",
                     "Kết quả chấm điểm thi đua “Đảng bộ 4 tốt” năm 2024 của 01 đảng bộ trực thuộc.",
                     "01/01 đảng bộ trực thuộc hoàn thành tốt nhiệm vụ trở lên.",
                     "01 đảng bộ trực thuộc đạt danh hiệu “Đảng bộ 4 tốt”.",
                     "Tổng điểm của từng đảng bộ trực thuộc;"] {
            XCTAssertTrue(text.contains(said), "\(said) in \(text)")
        }
        XCTAssertTrue(ranking.contains(#"<th scope="col" class="col-branch">Đảng bộ trực thuộc</th>"#), ranking)
        XCTAssertTrue(ranking.contains(#"<th scope="col" class="col-mark">Đảng bộ 4 tốt</th>"#), ranking)
        XCTAssertTrue(ranking.contains(#"<span class="visually-hidden"> Đảng bộ 4 tốt</span>"#), ranking)
        XCTAssertFalse(text.contains("đảng bộ cơ sở") || text.contains("Đảng bộ cơ sở"), "a district is no đảng bộ cơ sở: \(text)")
        XCTAssertTrue(PortalPageText.text(built.page("xep-hang-don-vi/2024/index.html")).contains("Xếp hạng đảng bộ trực thuộc năm 2024"))

        let csv = String(decoding: built.bytes("xep-hang-don-vi/bang-xep-hang.csv").dropFirst(3), as: UTF8.self)
        XCTAssertTrue(csv.hasPrefix("Hạng;Đảng bộ trực thuộc;"), csv)
        XCTAssertTrue(csv.contains(";Chi bộ 4 tốt (%);Đảng bộ 4 tốt;Ghi chú\r\n"), csv)

        let home = PortalPageText.text(built.page("index.html"))
        for said in ["01 đảng bộ trực thuộc đạt “Đảng bộ 4 tốt” năm 2024",
                     "Kết quả chấm điểm thi đua “Đảng bộ 4 tốt” năm 2024 01/01 đảng bộ trực thuộc hoàn thành tốt nhiệm vụ trở lên.",
                     "Xem bảng xếp hạng đảng bộ trực thuộc"] {
            XCTAssertTrue(home.contains(said), "\(said) in \(home)")
        }

        let year = PortalPageText.text(built.page("luu-tru/2024/index.html"))
        for said in ["Kết quả xếp hạng đảng bộ trực thuộc Xếp hạng đảng bộ trực thuộc năm 2024",
                     "Bảng xếp hạng đảng bộ trực thuộc năm 2024", "Danh hiệu “Đảng bộ 4 tốt” năm 2024 Đảng bộ huyện Giồng Riềng",
                     "Bảng vàng đảng bộ trực thuộc nhiều năm liền"] {
            XCTAssertTrue(year.contains(said), "\(said) in \(year)")
        }
        XCTAssertFalse(year.contains("Đảng bộ cơ sở 4 tốt") || year.contains("đảng bộ cơ sở"), year)
        XCTAssertTrue(PortalPageText.text(built.page("luu-tru/index.html")).contains(
            "Thành tích của các đảng bộ trực thuộc và chi bộ trực thuộc qua từng năm: kết quả xếp hạng, danh hiệu “Đảng bộ 4 tốt”, “Chi bộ 4 tốt”"))

        let bulletin = built.page("ban-tin/2024-12/index.html")
        let said = PortalPageText.text(bulletin)
        for words in ["Kết quả xếp loại đảng bộ trực thuộc năm 2024 01/01 đảng bộ trực thuộc hoàn thành tốt nhiệm vụ trở lên.",
                      "Xem bảng xếp hạng đảng bộ trực thuộc đầy đủ"] {
            XCTAssertTrue(said.contains(words), "\(words) in \(said)")
        }
        XCTAssertTrue(bulletin.contains(#"<th scope="col">Đảng bộ trực thuộc</th><th scope="col" class="num">Tổng điểm</th>"#
                                        + #"<th scope="col">Xếp loại</th><th scope="col">Đảng bộ 4 tốt</th>"#), bulletin)
        XCTAssertEqual(PortalPageText.rows(bulletin, caption: "Các đảng bộ trực thuộc dẫn đầu"),
                       [["1", "Đảng bộ huyện Giồng Riềng", "86", "Hoàn thành tốt nhiệm vụ", "4 tốt"]])
        XCTAssertFalse(said.contains("đảng bộ cơ sở") || said.contains("Đảng bộ cơ sở"), said)
    }

    /// The district inside the province keeps its words: its communes are its đảng bộ cơ sở,
    /// for "Đảng bộ cơ sở 4 tốt".
    func testTheDistrictInsideTheProvinceKeepsItsWords() throws {
        let built = try buildProvince()
        let ranking = PortalPageText.text(built.page("don-vi/giong-rieng/xep-hang-don-vi/index.html"))
        XCTAssertTrue(ranking.contains("Kết quả chấm điểm thi đua “Đảng bộ cơ sở 4 tốt” năm 2024 của 03 đảng bộ cơ sở."), ranking)
        XCTAssertFalse(ranking.contains("đảng bộ trực thuộc"), ranking)
    }

    /// The province's unit rubric names its own title: every place above says it.
    func testAProvincesUnitRubricNamesItsTitle() throws {
        let built = try buildProvince(fourGood: " title: \"Đảng bộ trong sạch, vững mạnh\",")
        let ranking = built.page("xep-hang-don-vi/index.html")
        XCTAssertTrue(PortalPageText.text(ranking).contains("01 đảng bộ trực thuộc đạt danh hiệu “Đảng bộ trong sạch, vững mạnh”."))
        XCTAssertTrue(ranking.contains(#"<th scope="col" class="col-mark">Đảng bộ trong sạch, vững mạnh</th>"#), ranking)
        let csv = String(decoding: built.bytes("xep-hang-don-vi/bang-xep-hang.csv").dropFirst(3), as: UTF8.self)
        XCTAssertTrue(csv.contains(";Chi bộ 4 tốt (%);Đảng bộ trong sạch, vững mạnh;Ghi chú\r\n"), csv)
        XCTAssertTrue(PortalPageText.text(built.page("index.html")).contains("01 đảng bộ trực thuộc đạt “Đảng bộ trong sạch, vững mạnh” năm 2024"))
        XCTAssertTrue(PortalPageText.text(built.page("luu-tru/2024/index.html")).contains("Danh hiệu “Đảng bộ trong sạch, vững mạnh” năm 2024"))
        XCTAssertEqual(PortalPageText.rows(built.page("ban-tin/2024-12/index.html"), caption: "Các đảng bộ trực thuộc dẫn đầu").last,
                       ["1", "Đảng bộ huyện Giồng Riềng", "86", "Hoàn thành tốt nhiệm vụ", "Đạt"])
    }

    /// A message about the province's unit scores names its units as its đảng bộ trực thuộc.
    func testAMessageAboutTheProvincesUnitScoresSaysĐảngBộTrựcThuộc() throws {
        let built = try ProvinceFixture.build(for: self, files: ["content/unit-evaluations/2024.yaml": """
            scores:
              giong-rieng: { chinh-tri: 26, xay-dung-dang: 26, doan-ket: 17 }

            """])
        let messages = built.report.diagnostics.entries.map(\.message)
        XCTAssertTrue(messages.contains { $0.hasPrefix("đảng bộ trực thuộc 'giong-rieng' thiếu điểm 'can-bo'") }, "\(messages)")
    }

    /// A province's table of its units may head its first column as the page does.
    func testAProvincesScoreTableMayHeadItsUnitsĐảngBộTrựcThuộc() throws {
        let built = try ProvinceFixture.build(for: self, files: ["content/unit-evaluations/2024.csv":
            "Đảng bộ trực thuộc;chinh-tri;xay-dung-dang;doan-ket;can-bo\ngiong-rieng;26;26;17;17\n"])
        XCTAssertTrue(built.report.succeeded, built.report.problems)
        XCTAssertEqual(built.report.diagnostics.warningCount, 0, "\(built.report.diagnostics.sorted)")
        XCTAssertEqual(PortalPageText.rows(built.page("xep-hang-don-vi/index.html"), caption: "Xếp hạng đảng bộ trực thuộc năm 2024")
            .map { $0[cell: 1] }, ["Đảng bộ huyện Giồng Riềng"])
    }

    /// A province scoring its units without a unit scale is told to make the scale of its đảng bộ trực thuộc.
    func testAProvinceWithoutAUnitScaleIsToldToScoreItsĐảngBộTrựcThuộc() throws {
        let province = try ProvinceFixture.prepare(for: self, files: ["content/unit-evaluations/2024.yaml": Self.scores])
        try province.remove("content/unit-rubric.yaml")
        let messages = province.build(output: province.sibling("tinh-output")).diagnostics.entries.map(\.message)
        XCTAssertTrue(messages.contains { $0.contains("rồi sửa theo thang điểm chấm các đảng bộ trực thuộc / unit scores need") }, "\(messages)")
    }
}
