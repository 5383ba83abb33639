import XCTest
@testable import BonTotKit

/// A district whose unit scale changed (`Tests/Fixtures/sites/former-unit-rubric`, the fixture
/// district with three more years): `unit-rubric.yaml` applies since 2024, `unit-rubrics/2020.yaml`
/// (three criteria of 40/30/30, xuất sắc from 95, tốt from 80, "Đảng bộ cơ sở 4 tốt" at 90 % of
/// each criterion and no share of branches asked) judged 2020–2023. Each year of the communes is
/// scored, ranked and titled by the unit scale in force that year.
final class FormerUnitRubricTests: XCTestCase {
    func testAFormerYearIsRankedWithTheFormerUnitScalesCriteriaAndLevels() throws {
        let site = try BuiltSite.build("former-unit-rubric")
        XCTAssertTrue(site.report.succeeded, "\(site.report.diagnostics.sorted)")
        // 2021–2023 ask no share of branches: no warning that the communes ranked no branch those years.
        XCTAssertEqual(site.report.diagnostics.sorted.map(\.message), [])
        ScaleOfItsYear.assertRanking(site, "xep-hang-don-vi", year: 2021, has: [
            "Hạng;Đảng bộ cơ sở;Lãnh đạo thực hiện nhiệm vụ chính trị;Công tác xây dựng Đảng;"
                + "Đội ngũ cán bộ, đảng viên;Điểm thưởng;Điểm trừ;Tổng điểm;Xếp loại;",
            "\n1;Đảng bộ xã Bình Minh;38;29;28;0;0;95;Hoàn thành xuất sắc nhiệm vụ;;Đạt;",
            // 91 points: "tốt" on the former scale (xuất sắc from 95), though today's would say xuất sắc.
            "\n2;Đảng bộ xã Ấp Bắc;36;27;28;0;0;91;Hoàn thành tốt nhiệm vụ;;Đạt;",
            // 35/40 is below the former 90 %: not 4 tốt, though today's 80 % would give it.
            "\n3;Đảng bộ xã Long Thạnh;35;27;26;0;0;88;Hoàn thành tốt nhiệm vụ;;Chưa đạt;",
        ], shows: "Công tác xây dựng Đảng", hides: "Xây dựng Đảng trong sạch vững mạnh")
        ScaleOfItsYear.assertRanking(site, "xep-hang-don-vi", year: 2022, has: [
            // 70 points: "hoàn thành" on the former scale (tốt from 80), "tốt" on today's.
            "\n3;Đảng bộ xã Long Thạnh;30;20;20;0;0;70;Hoàn thành nhiệm vụ;;Chưa đạt;",
        ], hides: "Xây dựng Đảng trong sạch vững mạnh")
        ScaleOfItsYear.assertRanking(site, "xep-hang-don-vi", year: 2024, has: [
            "Đảng bộ cơ sở;Lãnh đạo hoàn thành tốt nhiệm vụ chính trị;Xây dựng Đảng trong sạch vững mạnh;"
                + "Đoàn kết, kỷ luật tốt;Cán bộ, đảng viên tốt;Điểm thưởng",
            // Today's scale asks 60 % of the commune's branches: Long Thạnh's 50 % keeps it from 4 tốt.
            "\n1;Đảng bộ xã Long Thạnh;28;28;18;18;0;0;92;Hoàn thành xuất sắc nhiệm vụ;50;Chưa đạt;",
        ], hides: "Công tác xây dựng Đảng")
    }

    func testTheArchiveCountsTheUnitsRunsOfYearsAcrossTheChangeOfScale() throws {
        let site = try BuiltSite.build("former-unit-rubric")
        let archive = ScaleOfItsYear.visible(site.page("luu-tru/2024/index.html"))
        // Long Thạnh: xuất sắc in 2023 on the former scale (95) and in 2024 on today's (92).
        XCTAssertTrue(archive.contains("Đảng bộ xã Long Thạnh : Hoàn thành xuất sắc nhiệm vụ 02 năm liền (2023–2024)"), archive)
        // Ấp Bắc: tốt in 2021–2023 on the former scale (91, 90, 93: xuất sắc on today's), tốt in 2024.
        XCTAssertTrue(archive.contains("Đảng bộ xã Ấp Bắc : Hoàn thành tốt nhiệm vụ trở lên 04 năm liền (2021–2024)"), archive)
        XCTAssertTrue(archive.contains("Đảng bộ xã Bình Minh : Hoàn thành tốt nhiệm vụ trở lên 04 năm liền (2021–2024)"), archive)
        let archive2023 = ScaleOfItsYear.visible(site.page("luu-tru/2023/index.html"))
        XCTAssertTrue(archive2023.contains("Đảng bộ xã Bình Minh : Hoàn thành xuất sắc nhiệm vụ 03 năm liền (2021–2023)"), archive2023)
    }

    func testAUnitScoreValidOnlyOnTheFormerScaleIsAnErrorInAYearOfTodaysScale() throws {
        try ScaleOfItsYear.assertYAMLScores("scores:\n  xa-a: { lanh-dao: 38, xay-dung-dang: 29, can-bo: 29 }\n",
                                            fixture: "former-unit-rubric", folder: "content/unit-evaluations", former: "2023-q4",
                                            today: "2024-q4", missing: "doan-ket", formerName: "2023-q3", writtenToday: "2024-q3")
    }

    func testAUnitCSVHeaderIsReadAgainstTheScaleOfItsPeriod() throws {
        try ScaleOfItsYear.assertCSVHeader("unit;lanh-dao;xay-dung-dang;can-bo\nxa-a;38;29;29\n", fixture: "former-unit-rubric",
                                           folder: "content/unit-evaluations", former: "2022-q4", today: "2024-q4")
    }
}
