import Foundation

/// The absent counted on a line above the attendance line: minutes that list "Đảng viên được
/// triệu tập: 28", "Vắng mặt: 03 đồng chí (…)" and only then "Số đảng viên tham dự: 25".
extension MinutesFacts {
    /// The lines read for the absent after the attendance line at `index`: the `nearby` lines
    /// below it; when neither they nor it count the absent and a line among the `nearby` above
    /// does, that line and those between it and the attendance line first, as if written below.
    static func absentCandidates(below index: Int, in lines: [String]) -> [String] {
        let following = Array(lines[(index + 1)...].prefix(nearby))
        let counts = { (line: String) in AttendanceClause(line).countsAbsence }
        guard !counts(lines[index]), !following.contains(where: counts) else { return following }
        // The nearest line above counting the absent, never another attendance line.
        guard let above = lines[max(0, index - nearby)..<index].lastIndex(where: { counts($0) && AttendanceFigures($0).present == nil }) else {
            return following
        }
        return Array(lines[above..<index]) + following
    }
}
