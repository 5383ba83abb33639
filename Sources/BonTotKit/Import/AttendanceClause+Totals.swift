/// The counts and names an attendance clause ends with (`AttendanceClause`), once its tokens are
/// read: one reason shared by the names, a label taken from the next name, the excused counted.
extension AttendanceClause {
    /// Sets the absent, the excused and the unexcused from what reading gathered in `state`.
    mutating func finish(_ state: ReadingState, within clause: Range<Int>) {
        var state = state
        // "Lan, Hoa (đều đi công tác)", "Lan, Hoa, Minh (đi công tác)": one reason after the names (`SharedReason`);
        // "đ/c Lan, Hùng, Trưởng thôn Đông (ốm)": Hùng's own, after his office, unless it says all ("(đều ốm)").
        let afterAnOffice = reasonAfterAnOffice && !(state.plainNames.last?.reason.map(SharedReason.saysAll) ?? true)
        let shared = state.ownLastReason || afterAnOffice ? (names: state.plainNames, unclear: nil, excused: false) : SharedReason.read(state.plainNames)
        state.plainNames = shared.names
        if let unclear = shared.unclear { unnamedReasons.append(unclear) }
        if shared.excused, excused == nil, unexcused == nil {
            // "Lan, Hoa (đều có lý do)": all of them excused, with no reason said.
            excused = absentCount ?? state.plainNames.count
            state.namesStated = true
        }
        // "vắng 02 đồng chí có lý do: A, B; 01 đồng chí không lý do: C": the absent's count was
        // the excused's, and the absent are both.
        if state.inheritedCount, let excused, let unexcused { absentCount = excused + unexcused }
        absent = state.excusedNames + state.unexcusedNames
        if state.namesStated, absent.isEmpty { absent = state.plainNames }
        // "vắng 1 đồng chí do ốm", "vắng 1 đồng chí (bận công tác)", "vắng 2 (01 ốm, 01 đi công tác)":
        // a reason with no reason label still makes the absent excused (SPEC §1).
        if excused == nil, unexcused == nil, state.plainNames.isEmpty, let absentCount, absentCount > 0, let afterCount = state.afterCount,
           let reasons = reasonsWithoutLabel(at: afterCount, count: absentCount, within: clause) {
            excused = absentCount
            unexcused = 0
            unnamedReasons += reasons
        }
        if excused == nil, unexcused == nil {
            state.plainNames = Self.labelledByTheNext(state.plainNames)
            // "A (ốm), B (không lý do)": B has no reason.
            let withReason = state.plainNames.filter { $0.reason != nil && !AbsenteeList.isNoReason($0.reason) }
            let withNone = state.plainNames.filter { AbsenteeList.isNoReason($0.reason) }.map { MinutesFacts.Absentee(name: $0.name) }
            absent = withReason + withNone + state.plainNames.filter { $0.reason == nil }
            // SPEC §1: a name with a reason is excused. When every one of the absent is named with
            // one, or as having none, they are counted so; else whether the others had one stays unsaid.
            if !state.plainNames.isEmpty, state.plainNames.count + state.heads.count == absentCount, withReason.count + withNone.count == state.plainNames.count {
                excused = withReason.count + state.heads.filter(\.excused).count
                unexcused = withNone.count + state.heads.filter { !$0.excused }.count
            } else if let absentCount, case let known = withReason.count + withNone.count + state.heads.count, known < absentCount,
                      state.plainNames.count + state.heads.count <= absentCount, withReason.count + state.heads.filter(\.excused).count > 0 {
                // "vắng: Trưởng thôn Đông, đ/c Lan (đi học)", "Nguyễn Thị Lan (ốm), Trần Văn Hùng": those with a reason are
                // excused; whether the others had one is unsaid (all were written unexcused), and the import asks.
                excused = withReason.count + state.heads.filter(\.excused).count
                reasonsUnknown = absentCount - known
            }
        }
        unnamedReasons += state.heads.compactMap(\.reason)
    }

    /// `names` where a name with no reason takes the label ("có lý do", "không lý do") of the
    /// next that has one, as a label after the last of names with none is all of theirs
    /// ("Nguyễn Thị Lan, Trần Văn Hùng - có lý do, Lê Văn Tám - không lý do": Lan and Hùng
    /// excused, Tám not; "Lan (ốm), Hùng, Tám - không lý do": Hùng and Tám not). They were all
    /// counted unexcused, the minutes said to give no reason. Unchanged when a name with none is
    /// followed by a reason of its own ("Lan, Hoa, Minh (đi công tác)": `SharedReason`) or by nothing.
    private static func labelledByTheNext(_ names: [MinutesFacts.Absentee]) -> [MinutesFacts.Absentee] {
        guard names.count >= 2, names.contains(where: { $0.reason == nil }) else { return names }
        var next: String?
        var labelled: [MinutesFacts.Absentee] = []
        for name in names.reversed() {
            if let reason = name.reason {
                next = reason
                labelled.append(name)
                continue
            }
            guard let label = next, SharedReason.isExcusedLabel(label) || AbsenteeList.isNoReason(label) else { return names }
            labelled.append(MinutesFacts.Absentee(name: name.name, reason: label))
        }
        return labelled.reversed()
    }
}
