/// How many households each assigned member looks after (SPEC §3, Households).
public enum HouseholdShare {
    /// Households per assigned member, rounded to the nearest whole number; nil without members.
    public static func perMember(_ assignment: HouseholdAssignment) -> Int? {
        guard assignment.members > 0 else { return nil }
        return Int((Double(assignment.households) / Double(assignment.members)).rounded(.toNearestOrAwayFromZero))
    }

    /// "bình quân 01 đảng viên phụ trách 14 hộ"; nil without members.
    public static func sentence(_ assignment: HouseholdAssignment) -> String? {
        perMember(assignment).map { "bình quân \(VietnameseFormat.count(1)) đảng viên phụ trách \(VietnameseFormat.number($0)) hộ" }
    }
}
