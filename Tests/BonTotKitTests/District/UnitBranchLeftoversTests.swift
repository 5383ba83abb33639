@testable import BonTotKit
import Foundation
import XCTest

/// What macOS or an editor leaves in a unit's `content/branches/` (`._ap-moi.yaml`, the
/// AppleDouble file a Mac writes beside a file copied to a USB stick; `ap-moi.yaml~`, a backup)
/// is no branch of the unit, for the district naming its units' branches as for the unit itself:
/// no message of the district names it as one.
final class UnitBranchLeftoversTests: XCTestCase {
    private static let leftovers: [String: String?] = [
        "xa-a/content/branches/._ap-moi.yaml": "\u{0}\u{5}\u{16}\u{7}\u{0}\u{2}\u{0}\u{0}Mac OS X",
        "xa-a/content/branches/ap-moi.yaml~": "id: ap-moi\nname: Chi bộ ấp Mới\n",
    ]

    func testALeftoverInAUnitsBranchesIsNoBranchIdOfTheUnit() throws {
        let site = try DistrictFixture.prepare(for: self, changes: Self.leftovers)
        XCTAssertEqual(UnitBranchFolders().ids(in: site.root.appending(path: "xa-a")), ["ap-1", "ap-2"])
    }

    func testADistrictStoryNamingTheLeftoversBranchIsToldTheUnitsRealBranches() throws {
        let story = DistrictStoryUnitBranchTests.storyFile
        for branch in ["xa-a/ap-moi", "xa-a/._ap-moi"] {
            var changes = Self.leftovers
            changes[story] = DistrictStoryUnitBranchTests.story(branch: branch)
            let (_, report) = try DistrictFixture.build(for: self, changes: changes)
            XCTAssertFalse(report.succeeded, "\(branch): the unit has no such branch")
            let messages = report.diagnostics.sorted.map(\.description)
            XCTAssertEqual(messages.count, 1, "\(branch): \(messages)")
            XCTAssertTrue(messages.first?.hasPrefix("\(story):4: error: ") == true, "\(branch): \(messages)")
            XCTAssertFalse(messages.contains { $0.contains("'xa-a/._ap-moi'?") || $0.contains("ap-moi.yaml~") }, "\(branch): \(messages)")
        }
    }
}
