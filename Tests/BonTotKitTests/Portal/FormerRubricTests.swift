import XCTest
@testable import BonTotKit

/// A site whose scale changed (`Tests/Fixtures/sites/former-rubric`): `rubric.yaml` applies
/// since 2023, `rubrics/2020.yaml` (three criteria of 40/30/30, xuất sắc from 95, tốt from 80,
/// 4 tốt at 90 % of each criterion) judged 2020–2022. Each year is scored, ranked and titled by
/// the scale in force that year.
final class FormerRubricTests: XCTestCase {
    func testAFormerYearIsRankedWithTheFormerScalesCriteriaAndLevels() throws {
        let site = try BuiltSite.build("former-rubric")
        XCTAssertTrue(site.report.succeeded, "\(site.report.diagnostics.sorted)")
        XCTAssertEqual(site.report.diagnostics.errorCount, 0)
        ScaleOfItsYear.assertRanking(site, "xep-hang", year: 2021, has: [
            "Hạng;Hạng trong cụm;Cụm thi đua;Chi bộ;Lãnh đạo thực hiện nhiệm vụ chính trị;Sinh hoạt chi bộ;Công tác xây dựng Đảng;"
                + "Điểm thưởng;Điểm trừ;Tổng điểm;Xếp loại;Chi bộ 4 tốt;Ghi chú",
            // 91 points: "tốt" on the former scale (xuất sắc from 95), though today's would say xuất sắc;
            // 4 tốt, each criterion at 90 % or more.
            "\n2;2;Cụm thi đua số 1;Chi bộ ấp Bình Minh;36;28;27;0;0;91;Hoàn thành tốt nhiệm vụ;Đạt;",
            // 35/40 is below the former 90 %: not 4 tốt, though today's 80 % would give it.
            "\n3;;;Chi bộ Trường THCS Hòa Thuận;35;27;26;0;0;88;Hoàn thành tốt nhiệm vụ;Chưa đạt;",
        ], shows: "Công tác xây dựng Đảng", hides: "Đoàn kết, kỷ luật tốt")
        ScaleOfItsYear.assertRanking(site, "xep-hang", year: 2024, has: [
            "Chi bộ;Lãnh đạo hoàn thành tốt nhiệm vụ chính trị;Chất lượng sinh hoạt tốt;Đoàn kết, kỷ luật tốt;"
                + "Cán bộ, đảng viên tốt;Điểm thưởng",
            // 90 points: xuất sắc on today's scale.
            "\n2;2;Cụm thi đua số 1;Chi bộ ấp Bình Minh;27;26;18;17;2;0;90;Hoàn thành xuất sắc nhiệm vụ;Đạt;",
        ], hides: "Công tác xây dựng Đảng")
    }

    func testTheArchiveCountsRunsOfYearsAcrossTheChangeOfScale() throws {
        let site = try BuiltSite.build("former-rubric")
        let archive = ScaleOfItsYear.visible(site.page("luu-tru/2024/index.html"))
        XCTAssertTrue(archive.contains("Chi bộ ấp Ấp Bắc : Hoàn thành xuất sắc nhiệm vụ 04 năm liền (2021–2024)"), archive)
        // Bình Minh: tốt in 2021 and 2022 on the former scale, xuất sắc in 2024: good or better four years.
        XCTAssertTrue(archive.contains("Hoàn thành tốt nhiệm vụ trở lên 04 năm liền (2021–2024)"), archive)
        let archive2022 = ScaleOfItsYear.visible(site.page("luu-tru/2022/index.html"))
        XCTAssertTrue(archive2022.contains("Hoàn thành xuất sắc nhiệm vụ 02 năm liền (2021–2022)"), archive2022)
    }

    func testAScoreValidOnlyOnTheFormerScaleIsAnErrorInAYearOfTodaysScale() throws {
        try ScaleOfItsYear.assertYAMLScores("scores:\n  ap-bac: { lanh-dao: 38, sinh-hoat: 29, xay-dung-dang: 29 }\n",
                                            fixture: "former-rubric", folder: "content/evaluations", former: "2022-q4",
                                            today: "2024-q1", missing: "doan-ket-ky-luat", formerName: "2022-q3", writtenToday: "2024-q3")
    }

    func testACSVHeaderIsReadAgainstTheScaleOfItsPeriod() throws {
        try ScaleOfItsYear.assertCSVHeader("branch;lanh-dao;sinh-hoat;xay-dung-dang\nap-bac;38;29;29\n", fixture: "former-rubric",
                                           folder: "content/evaluations", former: "2021-q4", today: "2024-q4")
    }
}
