/// The absent an attendance clause names with no count after "vắng" (`AttendanceClause`).
extension AttendanceClause {
    /// Reads the absent named right after "vắng" with no count, at `state.index` (after "vắng" and
    /// its colon): "vắng: đ/c Lan - ốm, đ/c Hùng - đi làm ăn xa", "Vắng: Nguyễn Thị Lan (ốm), Trần Văn
    /// Hùng", the heads of villages with no name among them or alone; they are counted by their names.
    mutating func readUncounted(_ state: inout ReadingState, within clause: Range<Int>) {
        // "vắng: đ/c Lan - ốm, đ/c Hùng - đi làm ăn xa", "Vắng: Nguyễn Thị Lan (ốm), Trần Văn Hùng": the
        // absent named with no count, by a title or by full names (`FullNames`), are counted by their names.
        // "vắng: Trưởng thôn Đông, đ/c Lan (đi học)", read "vắng: , đ/c Lan (đi học)": a head with no name and
        // no bracket before the names, counted with them, whether he had a reason unsaid (Lan was lost).
        if absentCount == nil, state.plainNames.isEmpty, let named = namesAfterABareHead(at: state.index, within: clause, most: .max) {
            state.plainNames = named.names
            countsAbsence = true
            state.index = named.end
            // "vắng: Trưởng thôn Đông, đ/c Lan, Trưởng thôn Nam (ốm)": another head, in brackets, after the names.
            (state.heads, state.index) = headsAfterNames(at: state.index, within: clause, most: unnamedHeadCount - 1)
            absentCount = state.plainNames.count + 1 + state.heads.count
            state.afterNames = state.index
        } else if absentCount == nil, state.plainNames.isEmpty, state.index < clause.upperBound, let named = namedWithNoCount(at: state.index, within: clause) {
            if !named.absent.isEmpty {
                state.plainNames = named.absent
                // "vắng: Lan - Hoa, Minh - ốm": the reason after the last bare name its own (`lastReasonIsOwn`).
                if named.bare { state.ownLastReason = lastReasonIsOwn(state.index..<named.end, within: clause) }
                countsAbsence = true
                state.index = max(state.index, named.end)
                // "vắng: đ/c Lan (đi công tác), Trưởng thôn Nam (ốm)": the head after the names.
                (state.heads, state.index) = headsAfterNames(at: state.index, within: clause, most: unnamedHeadCount)
                absentCount = state.plainNames.count + state.heads.count
                state.afterNames = state.index
            }
        } else if absentCount == nil, state.plainNames.isEmpty, state.index < clause.upperBound, tokens[state.index - 1].kind == .colon,
                  let mixed = namesAfterHeads(at: state.index, within: clause, most: unnamedHeadCount) {
            // "vắng: Trưởng thôn Nam (ốm), đ/c Lan (đi công tác)", read "vắng: (ốm), đ/c Lan …": the head, then the names.
            state.heads = mixed.heads
            state.plainNames = mixed.names
            absentCount = mixed.heads.count + mixed.names.count
            countsAbsence = true
            state.index = max(state.index, mixed.end)
            state.afterNames = state.index
        } else if absentCount == nil, state.plainNames.isEmpty, state.index < clause.upperBound, tokens[state.index - 1].kind == .colon,
                  tokens[state.index].kind == .open, case let headCount = bracketsInARow(from: state.index, within: clause).count,
                  let reasons = reasonsWithoutLabel(at: state.index - 1, count: headCount, within: clause) {
            // "vắng: Trưởng thôn Nam (ốm)", read "vắng: (ốm)" (`OfficeTitles`): a village's head unnamed, a
            // bracket each, with a reason (they were not counted).
            absentCount = headCount
            countsAbsence = true
            excused = headCount
            unexcused = 0
            unnamedReasons += reasons
        } else if absentCount == nil, state.plainNames.isEmpty, state.index < clause.upperBound, tokens[state.index - 1].kind == .colon,
                  tokens[state.index].kind == .open, let inBrackets = headsInBrackets(from: state.index, within: clause) {
            // "vắng: Trưởng thôn Nam (không lý do)", read "vắng: (không lý do)": each head counted by the
            // label, or excused for a reason ("Phó thôn Đông (ốm), Trưởng thôn Nam (không lý do)").
            absentCount = inBrackets.each.count
            countsAbsence = true
            excused = inBrackets.each.filter(\.excused).count
            unexcused = inBrackets.each.filter { !$0.excused }.count
            unnamedReasons += inBrackets.each.compactMap(\.reason)
            state.index = inBrackets.end
        }
    }
}
