import BonTotKit
import Foundation
import XCTest

/// An office that began keeping its minutes in bontot in September 2024 (`minutes_since:` in
/// `site.yaml`) sees no branch marked as missing August's meeting on any page that counts
/// them, though August's thematic meeting of Chi bộ ấp Bắc still shows. The fixture's minutes
/// cover August and September 2024: ấp Bắc holds a thematic meeting in August and a regular
/// one in September, Bình Minh a regular one in September; three more cells send none.
final class MinutesSinceTests: XCTestCase {
    /// The fixture's own `site.yaml`, to which the tests add a line.
    static let siteYAML = (try? String(contentsOf: BuiltSite.fixtures.appending(path: "portal/site.yaml"), encoding: .utf8)) ?? ""

    private static let built = Result {
        try BuiltSite.build(changes: ["site.yaml": siteYAML + "minutes_since: 2024-09\n"])
    }

    private func page(_ path: String) throws -> String {
        try Self.built.get().page(path)
    }

    func testTheGridMarksAugustAsNotYetFollowedAndCountsSeptemberOnly() throws {
        let index = try page("sinh-hoat/index.html")
        XCTAssertTrue(index.contains(#"<td class="cell-none" title="chưa theo dõi biên bản trên bontot">"#), index)
        XCTAssertEqual(index.components(separatedBy: #"title="không sinh hoạt thường kỳ""#).count - 1, 3,
                       "the three cells without minutes missed September only, not August")
        // Five branches held to September alone: 5 branch-months, not 10.
        XCTAssertTrue(index.contains("02/05 lượt chi bộ sinh hoạt thường kỳ hằng tháng"), index)
        XCTAssertTrue(index.contains(#"title="có sinh hoạt chuyên đề; tháng chưa theo dõi biên bản trên bontot""#),
                      "ấp Bắc's thematic meeting of August still shows")
        // The legend says what "—" and "…" mean, which a phone shows no tooltip of.
        XCTAssertTrue(index.contains(#"<dt class="cell-none">—</dt><dd>không tính: chi bộ chưa thành lập, đã giải thể "#
                                     + "hoặc sáp nhập, hoặc tháng chưa theo dõi biên bản trên cổng</dd>"), index)
        XCTAssertTrue(index.contains(#"<dt class="cell-pending">…</dt><dd>ở cột quý: chưa có sinh hoạt chuyên đề"#), index)
    }

    /// A year all before `minutes_since` says it is not counted, not "00/00 lượt"; a quarter only
    /// partly after it is named among those not counted, as its "…" cells say.
    func testTheGridCaptionSaysWhatIsNotCountedBeforeTheMinutesBegan() throws {
        let index = try Self.gridWithEarlierMinutes(of: "2024-06").page("sinh-hoat/index.html")
        XCTAssertTrue(index.contains("quý III/2024, số liệu chưa đủ quý)"), index)
        let later = try BuiltSite.build(changes: ["site.yaml": Self.siteYAML + "minutes_since: 2025-01\n"])
        let grid = later.page("sinh-hoat/index.html")
        XCTAssertTrue(grid.contains("Năm 2024 chưa tính nền nếp sinh hoạt: biên bản được theo dõi trên cổng từ tháng 01 năm 2025; "
                                    + "các buổi sinh hoạt đã nhập của năm này vẫn ghi dưới đây."), grid)
        XCTAssertFalse(grid.contains("00/00 lượt"), grid)
    }

    /// Minutes of December 2023 entered as history: the grid of 2024 opens on August, its first
    /// month to show anything (ấp Bắc's thematic meeting), not on seven months of "—" that a
    /// phone shows first.
    func testTheGridOfAYearOpensOnItsFirstMonthThatShowsSomething() throws {
        let index = try Self.gridWithEarlierMinutes(of: "2023-12").page("sinh-hoat/index.html")
        XCTAssertFalse(index.contains(#"<abbr title="tháng 01 năm 2024" aria-hidden="true">T1</abbr>"#), index)
        XCTAssertFalse(index.contains(#"<abbr title="tháng 7 năm 2024" aria-hidden="true">T7</abbr>"#), index)
        XCTAssertTrue(index.contains(#"<abbr title="tháng 8 năm 2024" aria-hidden="true">T8</abbr>"#), index)
        XCTAssertTrue(index.contains(#"<abbr title="tháng 12 năm 2023" aria-hidden="true">T12</abbr>"#), index)
        XCTAssertTrue(index.contains("02/05 lượt chi bộ sinh hoạt thường kỳ hằng tháng"), index)
    }

    /// The fixture with `minutes_since: 2024-09` and Bình Minh's regular meeting of `month`
    /// (`2024-06`), entered as history from before it.
    private static func gridWithEarlierMinutes(of month: String) throws -> BuiltSite {
        let year = month.prefix(4)
        let minutes = "---\nbranch: binh-minh\ndate: \(month)-10\nkind: thuong-ky\n---\nSinh hoạt thường kỳ.\n"
        return try BuiltSite.build(changes: ["site.yaml": siteYAML + "minutes_since: 2024-09\n",
                                             "content/minutes/\(year)/binh-minh-\(month).md": minutes])
    }

    func testAProfileNamesNoMonthBeforeTheMinutesBegan() throws {
        let dongTam = try page("chi-bo/dong-tam/index.html")
        XCTAssertTrue(dongTam.contains("Chưa sinh hoạt thường kỳ: tháng 9 năm 2024."), dongTam)
        XCTAssertFalse(dongTam.contains("tháng 8 năm 2024,"))
        let apBac = try page("chi-bo/ap-bac/index.html")
        XCTAssertTrue(apBac.contains("Đã sinh hoạt thường kỳ tháng 9 năm 2024."), apBac)
        XCTAssertTrue(apBac.contains("Có sinh hoạt chuyên đề; tháng trước khi theo dõi biên bản, không tính thiếu"))
    }

    func testAugustsMonthPageAndBulletinNameNoBranchAsMissing() throws {
        let month = try page("sinh-hoat/2024/08/index.html")
        XCTAssertTrue(month.contains("Tháng này chưa tính nền nếp sinh hoạt: biên bản của các chi bộ được theo dõi từ tháng 9 năm 2024."),
                      month)
        XCTAssertFalse(month.contains("chưa sinh hoạt thường kỳ trong tháng:"))
        let bulletin = try page("ban-tin/2024-08/index.html")
        XCTAssertFalse(bulletin.contains("chưa sinh hoạt thường kỳ trong tháng:"), bulletin)
        XCTAssertTrue(try page("sinh-hoat/2024/09/index.html").contains("03/05 chi bộ chưa sinh hoạt thường kỳ trong tháng:"))
    }

    func testABranchsOwnLaterStartSparesItAloneInAugust() throws {
        let built = try BuiltSite.build(changes: [
            "content/branches/eo-gio.yaml": """
                name: Chi bộ ấp Eo Gió
                kind: khu-dan-cu
                cluster: cum-1
                secretary: Võ Thị Sáu
                members: { official: 22, probationary: 1 }
                minutes_since: 2024-09
                """,
        ])
        let august = built.page("sinh-hoat/2024/08/index.html")
        XCTAssertTrue(august.contains("04/04 chi bộ chưa sinh hoạt thường kỳ trong tháng:"), august)
        XCTAssertFalse(august.contains("Eo Gió"))
        XCTAssertTrue(built.page("sinh-hoat/2024/09/index.html").contains("Eo Gió"), "in September it is held to meet")
        XCTAssertTrue(built.page("chi-bo/eo-gio/index.html").contains("Chưa sinh hoạt thường kỳ: tháng 9 năm 2024."))
        XCTAssertTrue(built.page("chi-bo/dong-tam/index.html").contains("Chưa sinh hoạt thường kỳ: tháng 8 năm 2024, tháng 9 năm 2024."))
        XCTAssertEqual(built.report.diagnostics.sorted.filter { $0.field == "minutes_since" }.map(\.message), [])
    }
}
