@testable import BonTotKit
import XCTest

/// A district whose stories name, many times over, branches its units do not have
/// (`branch: xa-c/kenhh-so-21`): each wrong id's advice is worked out once for the check, with
/// the message one story alone would get, as the site's own unknown branches are
/// (`UnknownBranchAtScaleTests`).
final class DistrictUnknownUnitBranchAtScaleTests: XCTestCase {
    func testEachWrongUnitBranchIsComparedWithTheUnitsBranchesOnce() throws {
        var changes: [String: String?] = [:]
        for number in 1...60 {
            changes["xa-c/content/branches/kenh-so-\(number).yaml"] = DistrictStoryUnitBranchTests.hamlet(named: "Chi bộ kênh số \(number)")
        }
        // A letter too many; another commune's branch; an id far longer than any of the unit's.
        let wrong = ["xa-c/kenhh-so-21", "xa-c/ap-bac-1", "xa-c/khu-dan-cu-so-21-thon-moi-xa-hoa-thuan"]
        for number in 1...90 {
            changes["content/stories/bai-\(number).md"] = DistrictStoryUnitBranchTests.story(branch: wrong[number % 3])
        }
        let site = try DistrictFixture.prepare(for: self, changes: changes)
        let before = Suggestion.distancesWorkedOut.load(ordering: .relaxed)
        let report = site.build()
        let worked = Suggestion.distancesWorkedOut.load(ordering: .relaxed) - before

        XCTAssertFalse(report.succeeded)
        let unknown = report.diagnostics.entries.filter { $0.severity == .error && $0.message.contains("unknown branch") }
        XCTAssertEqual(unknown.count, 90, report.problems)
        XCTAssertEqual(Set(unknown.map { $0.location.line }), [4], "each at its story's branch: line")
        XCTAssertEqual(Set(unknown.map(\.message)), [
            "bài viết ghi chi bộ không tồn tại 'xa-c/kenhh-so-21': đơn vị 'xa-c' (xa-c/) không có chi bộ 'kenhh-so-21' "
                + "/ unknown branch 'xa-c/kenhh-so-21' (có phải 'xa-c/kenh-so-21'? / did you mean 'xa-c/kenh-so-21'?)",
            "bài viết ghi chi bộ không tồn tại 'xa-c/ap-bac-1': đơn vị 'xa-c' (xa-c/) không có chi bộ 'ap-bac-1'; "
                + "'ap-bac-1' là chi bộ của đơn vị 'xa-b' (xa-b/), hãy ghi branch: xa-b/ap-bac-1 / unknown branch 'xa-c/ap-bac-1' "
                + "(a branch of the unit 'xa-b' (xa-b/): write branch: xa-b/ap-bac-1)",
            "bài viết ghi chi bộ không tồn tại 'xa-c/khu-dan-cu-so-21-thon-moi-xa-hoa-thuan': đơn vị 'xa-c' (xa-c/) không có chi bộ "
                + "'khu-dan-cu-so-21-thon-moi-xa-hoa-thuan' / unknown branch 'xa-c/khu-dan-cu-so-21-thon-moi-xa-hoa-thuan'",
        ])
        // 'xa-c/kenhh-so-21' against the unit's 62 branch ids, 'ap-bac-1' against them again for
        // a look-alike of the unit's own, the long id against none: once each, not 30 times.
        XCTAssertLessThanOrEqual(worked, 2 * 62, "edit distances worked out")
        XCTAssertGreaterThan(worked, 0)
    }
}
