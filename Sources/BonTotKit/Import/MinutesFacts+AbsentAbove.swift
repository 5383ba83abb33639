import Foundation

/// The absent counted on a line above the attendance line: minutes that list "Đảng viên được
/// triệu tập: 28", "Vắng mặt: 03 đồng chí (…)" and only then "Số đảng viên tham dự: 25"; or a
/// table of the absent under its label, and only then "Có mặt: 26/28 đồng chí".
extension MinutesFacts {
    /// The lines read for the absent after the attendance line at `index`: the `nearby` lines
    /// below it; when neither they nor it count the absent and a line among the `nearby` above
    /// does, that line and those between it and the attendance line first, as if written below;
    /// else a table of the absent just above it (`absentTable`).
    static func absentCandidates(below index: Int, in lines: [String]) -> [String] {
        let following = Array(lines[(index + 1)...].prefix(nearby))
        let counts = { (line: String) in AttendanceClause(line).countsAbsence }
        guard !counts(lines[index]), !following.contains(where: counts) else { return following }
        // The nearest line above counting the absent, never another attendance line.
        guard let above = lines[max(0, index - nearby)..<index].lastIndex(where: { counts($0) && AttendanceFigures($0).present == nil }) else {
            return absentTable(above: index, in: lines) + following
        }
        return Array(lines[above..<index]) + following
    }

    /// "Đảng viên vắng mặt:" over a table of the absent ("TT | Họ và tên | Lý do", a row each)
    /// ending just above the attendance line at `index` ("Có mặt: 26/28 đồng chí"): the label and
    /// the rows, however many, to read as if written below; none when the lines above are not so.
    static func absentTable(above index: Int, in lines: [String]) -> [String] {
        let rows = lines[..<index].reversed().prefix { $0.firstMatch(of: AttendancePatterns.nameCell) != nil }.count
        let label = index - rows - 1
        guard rows > 0, label >= 0, labelsATableOfTheAbsent(lines[label]) else { return [] }
        return Array(lines[label..<index])
    }
}
