import BonTotKit
import XCTest

/// A maximum or a level's `min` typed with a decimal comma in a rubric line written in braces,
/// `- { id: sinh-hoat, name: …, max: 28,5 }`: YAML reads the comma as ending the value, so the
/// maximum was 28 with an unknown field '5', the criteria summed wrong and scores were judged by
/// 28. It is read as typed, with a warning on its line to write 28.5, as score files are told;
/// the warning names the field (`max`, `min`, a share), none of which is a score.
final class RubricDecimalCommaTests: XCTestCase {
    private let rubric = "content/rubric.yaml"

    private func site(sinhHoat: String, items: (String, String) = ("15", "15"), tot: String = "70",
                      fourGood: String = "\n  min_share_each: 0.8\n  min_level: tot\n  no_violations: true") -> [String: FileChange] {
        [rubric: .text("""
            scale: 100
            criteria:
              - id: nhiem-vu-chinh-tri
                name: Lãnh đạo hoàn thành tốt nhiệm vụ chính trị
                max: 30
                items:
                  - { id: chi-tieu, name: Hoàn thành các chỉ tiêu được giao, max: \(items.0) }
                  - { id: tien-do, name: "Tiến độ, chất lượng lãnh đạo", max: \(items.1) }
              - { id: sinh-hoat, name: Chất lượng sinh hoạt tốt, max: \(sinhHoat) }
              - { id: doan-ket-ky-luat, name: "Đoàn kết, kỷ luật tốt", max: 20 }
              - { id: dang-vien, name: "Cán bộ, đảng viên tốt", max: 20 }
            bonus_max: 5
            levels:
              - { id: xuat-sac, name: Hoàn thành xuất sắc nhiệm vụ, min: 90 }
              - { id: tot, name: Hoàn thành tốt nhiệm vụ, min: \(tot) }
              - { id: hoan-thanh, name: Hoàn thành nhiệm vụ, min: 50 }
              - { id: khong-hoan-thanh, name: Không hoàn thành nhiệm vụ, min: 0 }
            four_good:\(fourGood)
            excellent_quota: 0.5

            """)]
    }

    func testACriterionMaximumWithADecimalCommaInBracesIsReadAsTypedAndToldOnItsLine() throws {
        // 30 + 30 + 20 + 20 is the scale; 28,5 read as 28 left the criteria at 98 and a field '5'.
        let loaded = try ValidationSite.load("minimal", site(sinhHoat: "30,0"))
        assertDiagnostics(loaded, [
            .warning(rubric, 9, "số 'max: 30,0' trong cặp ngoặc { } được đọc là 30,0; trong { } dấu phẩy còn ngăn các trường, hãy viết "
                     + "max: 30.0 (dấu chấm) hoặc ghi mỗi trường trên một dòng / a decimal comma inside { } also separates the "
                     + "fields: max read as 30.0; write max: 30.0"),
        ])
        XCTAssertEqual(loaded.diagnostics.sorted.map(\.field), ["criteria[1].max"])
        XCTAssertEqual(loaded.site?.rubric.criteria.first { $0.id == "sinh-hoat" }?.max, 30)
        // Half a point: the maximum is 28.5, and a score of 28.5 is within it.
        let half = try ValidationSite.load("minimal", site(sinhHoat: "28,5"))
        XCTAssertEqual(half.site?.rubric.criteria.first { $0.id == "sinh-hoat" }?.max, 28.5)
        XCTAssertFalse(half.diagnostics.sorted.contains { $0.message.contains("unknown field") || $0.message.contains("to 98,") },
                       "\(half.diagnostics.sorted)")
        XCTAssertTrue(half.diagnostics.sorted.contains { $0.location.line == 9 && $0.message.contains("hãy viết max: 28.5") }, "\(half.diagnostics.sorted)")
    }

    func testAnItemMaximumAndALevelMinimumWithADecimalCommaInBracesAreReadAsTyped() throws {
        let loaded = try ValidationSite.load("minimal", site(sinhHoat: "30", items: ("15,5", "14,5"), tot: "72,5"))
        assertDiagnostics(loaded, [
            .warning(rubric, 7, "số 'max: 15,5' trong cặp ngoặc { } được đọc là 15,5"),
            .warning(rubric, 8, "số 'max: 14,5' trong cặp ngoặc { } được đọc là 14,5"),
            .warning(rubric, 15, "số 'min: 72,5' trong cặp ngoặc { } được đọc là 72,5"),
        ])
        XCTAssertEqual(loaded.site?.rubric.criteria.first?.items.map(\.max), [15.5, 14.5])
        XCTAssertEqual(loaded.site?.rubric.levels.first { $0.id == "tot" }?.min, 72.5)
    }

    /// `four_good: { min_share_each: 0,8 }` was read as a share of 0 and a field '8': every
    /// branch met "each criterion at 0 %". The share is read as typed, 0.8, with the warning a
    /// maximum in braces has, naming it a share.
    func testAFourGoodShareWithADecimalCommaInBracesIsReadAsTyped() throws {
        let loaded = try ValidationSite.load("minimal", site(sinhHoat: "30", fourGood: " { min_share_each: 0,8, min_level: tot }"))
        assertDiagnostics(loaded, [
            .warning(rubric, 18, "tỷ lệ 'min_share_each: 0,8' trong cặp ngoặc { } được đọc là 0,8; trong { } dấu phẩy còn ngăn "
                     + "các trường, hãy viết min_share_each: 0.8 (dấu chấm) hoặc ghi mỗi trường trên một dòng / a decimal comma "
                     + "inside { } also separates the fields: min_share_each read as 0.8; write min_share_each: 0.8"),
        ])
        XCTAssertEqual(loaded.diagnostics.sorted.map(\.field), ["four_good.min_share_each"])
        XCTAssertEqual(loaded.site?.rubric.fourGood.minShareEach, 0.8)
    }
}
