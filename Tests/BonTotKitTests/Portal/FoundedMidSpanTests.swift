import BonTotKit
import Foundation
import XCTest

/// A branch founded while the minutes run is held to the months from its founding on: the
/// months before it existed are not months it "missed", on any page that counts them. The
/// fixture's minutes cover August and September 2024; Chi bộ ấp Tân Lập is founded on
/// 02/09/2024 and sends no minutes.
final class FoundedMidSpanTests: XCTestCase {
    private static let built = Result {
        try BuiltSite.build(changes: [
            "content/branches/tan-lap.yaml": """
                name: Chi bộ ấp Tân Lập
                kind: khu-dan-cu
                secretary: Lý Văn Tân
                members: { official: 12, probationary: 0 }
                founded: 2024-09-02
                """,
            "content/evaluations/2024-q2.yaml": """
                period: 2024-q2
                scores:
                  ap-bac:      { nhiem-vu-chinh-tri: { chi-tieu: 14, tien-do: 14 }, sinh-hoat: 27, doan-ket-ky-luat: 18, dang-vien: 18 }
                  binh-minh:   { nhiem-vu-chinh-tri: { chi-tieu: 13, tien-do: 12 }, sinh-hoat: 25, doan-ket-ky-luat: 17, dang-vien: 17 }
                  dong-tam:    { nhiem-vu-chinh-tri: { chi-tieu: 12, tien-do: 12 }, sinh-hoat: 22, doan-ket-ky-luat: 16, dang-vien: 15 }
                  eo-gio:      { nhiem-vu-chinh-tri: { chi-tieu: 12, tien-do: 12 }, sinh-hoat: 22, doan-ket-ky-luat: 16, dang-vien: 15 }
                  truong-thcs: { nhiem-vu-chinh-tri: { chi-tieu: 14, tien-do: 14 }, sinh-hoat: 27, doan-ket-ky-luat: 18, dang-vien: 18 }
                """,
        ])
    }

    private func page(_ path: String) throws -> String {
        try Self.built.get().page(path)
    }

    func testTheBranchIsNotMissingAMonthBeforeItWasFounded() throws {
        let profile = try page("chi-bo/tan-lap/index.html")
        XCTAssertFalse(profile.contains("tháng 8 năm 2024"), "August 2024 is before the founding")
        XCTAssertTrue(profile.contains("Chưa sinh hoạt thường kỳ: tháng 9 năm 2024."))
    }

    func testTheMonthPageAndTheBulletinCountOnlyTheBranchesThatExisted() throws {
        for path in ["sinh-hoat/2024/08/index.html", "ban-tin/2024-08/index.html"] {
            let text = try page(path)
            XCTAssertFalse(text.contains("Tân Lập"), "\(path) names a branch not yet founded")
            XCTAssertTrue(text.contains("/05 chi bộ chưa sinh hoạt thường kỳ"), "\(path) counts the five branches of August")
        }
        XCTAssertTrue(try page("sinh-hoat/2024/09/index.html").contains("Tân Lập"), "in September it is held to meet")
        XCTAssertTrue(try page("sinh-hoat/2024/09/index.html").contains("/06 chi bộ chưa sinh hoạt thường kỳ"))
    }

    func testTheGridMarksTheMonthsBeforeTheFoundingAndLeavesThemOutOfTheTotals() throws {
        let index = try page("sinh-hoat/index.html")
        XCTAssertTrue(index.contains(#"<td class="cell-none" title="chi bộ chưa thành lập"><span aria-hidden="true">—</span>"#
                                     + #"<span class="visually-hidden">chi bộ chưa thành lập</span></td>"#))
        // Five branches held to August, six to September: 11 branch-months, not 12.
        XCTAssertTrue(index.contains("/11 lượt chi bộ sinh hoạt thường kỳ hằng tháng"), index)
        XCTAssertTrue(index.contains(#"<td class="num" title="tháng 8 năm 2024">0/5</td>"#), "August's column counts five")
    }

    func testABranchFoundedAfterTheMinutesEndIsNotInTheirGridAtAll() throws {
        let built = try BuiltSite.build(changes: [
            "content/branches/tan-lap.yaml": """
                name: Chi bộ ấp Tân Lập
                kind: khu-dan-cu
                founded: 2024-10-01
                """,
        ])
        let index = built.page("sinh-hoat/index.html")
        XCTAssertFalse(index.contains("Tân Lập"), "no row of “—” and 0/0 for a cell that did not exist yet")
        XCTAssertTrue(index.contains("/10 lượt chi bộ sinh hoạt thường kỳ hằng tháng"), "five cells, two months")
        XCTAssertTrue(index.contains("03 biên bản của 02/05 chi bộ."), "of the five cells that existed by September")
        XCTAssertFalse(built.page("chi-bo/tan-lap/index.html").contains("Chưa sinh hoạt thường kỳ"))
    }

    func testAQuarterRankingBeforeTheFoundingDoesNotAskForItsScore() throws {
        let built = try Self.built.get()
        let unscored = built.report.diagnostics.sorted.filter { $0.message.contains("'tan-lap'") }
        XCTAssertEqual(unscored.map(\.location.file), ["content/evaluations/2024.csv"],
                       "only the year it was founded in asks for its score, not the second quarter before it")
        XCTAssertFalse(built.page("xep-hang/2024-q2/index.html").contains("Tân Lập"))
    }
}
