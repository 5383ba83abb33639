import Foundation

/// The absent named on the lines after their counts, when the counts name no one: a table of
/// figures ("Tổng số đảng viên | Có mặt | Vắng có lý do | Vắng không lý do" over "28 | 25 | 02 |
/// 01") over "Vắng có lý do: đồng chí A (ốm), …; vắng không lý do: đồng chí C", or "Đảng viên vắng
/// mặt:" over a table of the absent, a row each ("STT | Họ và tên | Lý do"), with no count.
extension MinutesFacts {
    /// The absent named by the reason-labelled lines at the head of `below`, when they are as
    /// many as `clause` counts and, where both say it, as many excused and unexcused.
    static func namedUnderCounts(_ clause: AttendanceClause, below: ArraySlice<String>) -> AttendanceClause? {
        let labelled = below.prefix(while: { $0.firstMatch(of: AttendancePatterns.reasonLabel) != nil })
        guard !labelled.isEmpty, clause.absent.isEmpty else { return nil }
        let named = AttendanceClause(labelled.joined(separator: "; "))
        let counted = clause.absentCount ?? ((clause.excused ?? 0) + (clause.unexcused ?? 0))
        guard !named.absent.isEmpty, named.absent.count == counted,
              clause.excused == nil || named.excused == nil || clause.excused == named.excused,
              clause.unexcused == nil || named.unexcused == nil || clause.unexcused == named.unexcused else { return nil }
        return named
    }

    /// "Đảng viên vắng mặt:" (a line about the absent ending in its colon, with no count) among
    /// `following`, over the rows of a table of the absent: those rows read as names after the
    /// colon, counted by their names.
    static func tableUnderLabel(in following: [String]) -> (used: [String], clause: AttendanceClause)? {
        guard let label = following.firstIndex(where: { line in
            line.hasSuffix(":") && line.lowercased().contains("vắng") && !AttendanceClause(line).countsAbsence
        }) else { return nil }
        let rows = following[(label + 1)...].prefix(while: { $0.firstMatch(of: AttendancePatterns.nameCell) != nil })
        let names = rows.compactMap(absentee(inRow:))
        guard !names.isEmpty else { return nil }
        let clause = AttendanceClause(following[label] + " " + names.joined(separator: "; "))
        return clause.absent.isEmpty ? nil : ([following[label]], clause)
    }
}
