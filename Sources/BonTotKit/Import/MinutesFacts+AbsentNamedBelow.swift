import Foundation

/// The absent named on the lines after their counts, when the counts name no one: a table of
/// figures ("Tổng số đảng viên | Có mặt | Vắng có lý do | Vắng không lý do" over "28 | 25 | 02 |
/// 01") over "Vắng có lý do: đồng chí A (ốm), …; vắng không lý do: đồng chí C", or "Đảng viên vắng
/// mặt:" over a table of the absent, a row each ("STT | Họ và tên | Lý do"), with no count.
extension MinutesFacts {
    /// The absent named by the reason-labelled lines at the head of `below`, when `clause` counts
    /// the absent and names none, with what they do not match of its counts: another number of
    /// names ("vắng: 02" over three names), or, where both say it, other numbers excused and
    /// unexcused. The names are kept either way, and the counts as the minutes write them.
    static func namedUnderCounts(_ clause: AttendanceClause, below: ArraySlice<String>)
        -> (clause: AttendanceClause, unlike: AbsentNamesUnlikeCounts?)? {
        // "Đ/c Nguyễn Thị Lan vắng có lý do (ốm); …": the names first, read as the labels first (`AbsentAfterTheName`).
        let labelled = below.map { AbsentAfterTheName.labelledLine($0) ?? $0 }
            .prefix(while: { $0.firstMatch(of: AttendancePatterns.reasonLabel) != nil })
        guard !labelled.isEmpty, clause.absent.isEmpty else { return nil }
        let named = AttendanceClause(labelled.joined(separator: "; "))
        guard !named.absent.isEmpty else { return nil }
        let counted = clause.absentCount ?? ((clause.excused ?? 0) + (clause.unexcused ?? 0))
        let matches = named.absent.count == counted
            && (clause.excused == nil || named.excused == nil || clause.excused == named.excused)
            && (clause.unexcused == nil || named.unexcused == nil || clause.unexcused == named.unexcused)
        let unlike = AbsentNamesUnlikeCounts(named: named.absent.count, counted: counted, namedExcused: named.excused,
                                             countedExcused: clause.excused, namedUnexcused: named.unexcused,
                                             countedUnexcused: clause.unexcused, namesLine: labelled.joined(separator: "; "))
        return (named, matches ? nil : unlike)
    }

    /// "Đảng viên vắng mặt:" (a line about the absent ending in its colon, with no count) among
    /// `following`, over the rows of a table of the absent: those rows read as names after the
    /// colon, counted by their names.
    static func tableUnderLabel(in following: [String]) -> (used: [String], clause: AttendanceClause)? {
        guard let label = following.firstIndex(where: labelsATableOfTheAbsent) else { return nil }
        let rows = following[(label + 1)...].prefix(while: { $0.firstMatch(of: AttendancePatterns.nameCell) != nil })
        let names = rows.compactMap(absentee(inRow:))
        guard !names.isEmpty else { return nil }
        let clause = AttendanceClause(following[label] + " " + names.joined(separator: "; "))
        return clause.absent.isEmpty ? nil : ([following[label]], clause)
    }

    /// True when `line` is a line about the absent ending in its colon, with no count ("Đảng viên
    /// vắng mặt:", "Danh sách đảng viên vắng:"), over a table of them.
    static func labelsATableOfTheAbsent(_ line: String) -> Bool {
        line.hasSuffix(":") && line.lowercased().contains("vắng") && !AttendanceClause(line).countsAbsence
    }
}
