/// The absent named right after "vắng" with no count (`AttendanceClause`), who are counted by
/// their names: "vắng: đ/c Lan - ốm, đ/c Hùng - đi làm ăn xa", "Vắng: Nguyễn Thị Lan (ốm), Trần Văn
/// Hùng", "vắng: Lan (ốm), Hùng (đi học)".
extension AttendanceClause {
    /// The names from `index`: by a title or full names (`AbsenteeList`, `FullNames`), or by bare
    /// given names after the colon, or right after "vắng" when a reason follows the first (`bareNames`, `bare`), with the token after them; nil when
    /// neither starts there.
    func namedWithNoCount(at index: Int, within clause: Range<Int>) -> (absent: [MinutesFacts.Absentee], end: Int, bare: Bool)? {
        if AbsenteeList.startsName(at: index, in: tokens, chars: chars)?.titled == true || FullNames.starts(at: index, in: tokens, chars: chars) {
            let list = AbsenteeList(from: index, within: clause, tokens: tokens, chars: chars, headsAfter: unnamedHeadCount > 0)
            return (list.absent, list.end, false)
        }
        // "vắng Lan (ốm)", "vắng Vang - ốm": with no colon, a bare name its reason follows; "vắng Lan, Hùng (ốm)": bare
        // names, one with a reason (they were not read at all).
        let reasonFollows = bareName(at: index, within: clause).map { $0 < clause.upperBound && [.open, .dash].contains(tokens[$0].kind) } == true
        guard index > clause.lowerBound, [.colon, .absent].contains(tokens[index - 1].kind),
              let named = bareNames(from: index, within: clause, bracketed: false),
              tokens[index - 1].kind == .colon || reasonFollows || named.absent.contains(where: { $0.reason != nil })
                || labelFollows(named.end, within: clause) else { return nil }
        return (named.absent, named.end, true)
    }

    /// True when a reason's label in brackets opens at `index`: "(có lý do)" after "vắng Lan, Hùng".
    private func labelFollows(_ index: Int, within clause: Range<Int>) -> Bool {
        guard index + 1 < clause.upperBound, tokens[index].kind == .open, case .reason = tokens[index + 1].kind else { return false }
        return true
    }
}
