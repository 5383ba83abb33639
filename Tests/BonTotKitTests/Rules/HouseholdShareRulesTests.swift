import XCTest
@testable import BonTotKit

final class HouseholdShareRulesTests: XCTestCase {
    func testHouseholdsPerMemberRoundToTheNearestWholeNumber() {
        let assignment = HouseholdAssignment(members: 255, households: 3443, max: 18, min: 8)
        XCTAssertEqual(HouseholdShare.perMember(assignment), 14)
        XCTAssertEqual(HouseholdShare.sentence(assignment), "bình quân 01 đảng viên phụ trách 14 hộ")
        XCTAssertEqual(HouseholdShare.perMember(HouseholdAssignment(members: 40, households: 530)), 13)
        XCTAssertEqual(HouseholdShare.perMember(HouseholdAssignment(members: 4, households: 54)), 14)
    }

    func testNoMembersNoShare() {
        XCTAssertNil(HouseholdShare.sentence(HouseholdAssignment(members: 0, households: 120)))
    }
}
