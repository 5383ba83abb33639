/// The reason labels of an attendance clause as it reads them (`AttendanceClause`): "có lý do",
/// "02 không lý do", the names they give, in the same sentence or the next ("Cụ thể: …").
extension AttendanceClause {
    /// Reads, at a full stop, the names of those counted in the next sentence: "Vắng: 02 đồng chí
    /// có lý do. Cụ thể: đồng chí A (con ốm), đồng chí B (ốm)."; else steps over the stop.
    func readNamesSentence(_ state: inout ReadingState, within clause: Range<Int>) {
        guard let first = namesSentence(after: state.index), first < clause.upperBound,
              state.lastReason.map({ $0.names.isEmpty }) ?? (state.plainNames.isEmpty && state.afterCount != nil) else {
            state.index += 1
            return
        }
        let list = AbsenteeList(from: first, within: clause, tokens: tokens, chars: chars)
        if let reason = state.lastReason {
            if reason.excused {
                state.excusedNames += list.absent
            } else {
                state.unexcusedNames += list.absent.map { MinutesFacts.Absentee(name: $0.name) }
            }
            state.lastReason?.names = list.absent
        } else {
            state.plainNames = list.absent
        }
        state.index = max(list.end, first)
    }

    /// Reads a count before a reason label at `state.index` ("02 có lý do", "01 đồng chí không lý do").
    mutating func readCountedReason(_ state: inout ReadingState, within clause: Range<Int>) {
        guard let found = countBeforeReason(at: state.index), found.reason < clause.upperBound else {
            state.index += 1
            return
        }
        let group = readReason(at: found.reason, count: found.count, inherited: nil, within: clause)
        take(group, into: &state)
        state.lastReason = group
        state.index = group.end
        readNamesAfterCountedBracket(&state, group: group, within: clause)
    }

    /// Reads the names after the bracket counting the absent by reason and its colon: "vắng 03 đồng
    /// chí (02 có lý do): Lan (ốm), Hùng (đi học), Minh", each with their own reason, the counts
    /// the bracket's (no one was named).
    private mutating func readNamesAfterCountedBracket(_ state: inout ReadingState, group: ReasonGroup, within clause: Range<Int>) {
        // The group ends at the bracket's close, at the colon after it, or after both.
        var first = group.end
        for kind in [AttendanceToken.Kind.close, .colon] where first < clause.upperBound && tokens[first].kind == kind { first += 1 }
        guard group.counted, group.names.isEmpty, state.plainNames.isEmpty, absentCount != nil, first >= clause.lowerBound + 2,
              first < clause.upperBound, tokens[first - 1].kind == .colon, tokens[first - 2].kind == .close,
              let named = namedWithNoCount(at: first, within: clause), !named.absent.isEmpty else { return }
        // "Minh (không lý do)": a label after a name is not a reason (it was written as Minh's); the bracket counted him.
        state.plainNames = named.absent.map { absentee in
            guard let reason = absentee.reason,
                  AttendanceToken.tokens(of: Array(reason)).contains(where: { if case .reason = $0.kind { true } else { false } }) else { return absentee }
            return MinutesFacts.Absentee(name: absentee.name, reason: nil)
        }
        state.namesStated = true
        state.index = max(state.index, named.end)
    }

    /// Reads the reason label at `state.index`, taking the absent's count or the names before it
    /// when it is theirs.
    mutating func readReasonLabel(_ state: inout ReadingState, within clause: Range<Int>) {
        // Right after the absent's count, the reason is theirs: "vắng 03 đồng chí có lý do",
        // "vắng 02 (có lý do: ốm)", "vắng 02 đồng chí (đều có lý do: …)"; and a reason stated, in
        // the next sentence too: "Vắng 02 đồng chí. Lý do: ốm", "vắng 02 đồng chí, lý do vắng:
        // ốm", "vắng 01 đồng chí vì lý do sức khỏe"; after a comma too ("vắng 02 đồng chí, có lý do"),
        // and after the names' bracket ("vắng 02 đồng chí (Lan, Hùng) có lý do").
        let stated = AttendanceToken.isStated(tokens[state.index], in: chars)
        func onlyMarks(from after: Int) -> Bool {
            guard after <= state.index else { return false }
            let words = tokens[after..<state.index].map { String(chars[$0.range]).lowercased() }
            // "cả hai đều có lý do", "cả ba đều …": all of the absent, counted in words.
            let all = words.contains("cả")
            return zip(tokens[after..<state.index], words).allSatisfy { token, text in
                token.kind == .colon || token.kind == .open || token.kind == .comma || token.kind == .dash || text == "đều"
                    || (all && (text == "cả" || CountInWords.value(of: Substring(text)) != nil))
                    || (stated && ([.stop, .semicolon, .dash].contains(token.kind) || text == "." || text == "vì"))
            }
        }
        // Right after the names when none has its own reason: "(Lan, Hùng) có lý do", "Lan, Hùng có lý do".
        let bracketedNames = state.afterNames.map { $0 > clause.lowerBound && tokens[$0 - 1].kind == .close } == true
            || (state.afterNames.map(onlyMarks) == true && state.plainNames.allSatisfy { $0.reason == nil })
        let forNames = (stated || bracketedNames) && !state.plainNames.isEmpty && state.afterNames.map(onlyMarks) == true
        if forNames { state.namesStated = true }
        let follows = state.afterCount.map(onlyMarks) == true || forNames
        let group = readReason(at: state.index, count: nil, inherited: follows ? absentCount : nil, within: clause)
        if follows, !group.counted, group.count == absentCount { state.inheritedCount = true }
        take(group, into: &state)
        state.lastReason = group
        state.index = group.end
    }

    /// Adds what `group` says to the clause: its count, unless an earlier reason of its kind gave
    /// one, its names, and a reason given without a name.
    private mutating func take(_ group: ReasonGroup, into state: inout ReadingState) {
        if group.counted { countsAbsence = true }
        var group = group
        if group.excused {
            // "có lý do: Lan, Hoa (đều đi công tác)": one reason after the names (`SharedReason`).
            let shared = SharedReason.read(group.names)
            group.names = shared.names
            if let unclear = shared.unclear { unnamedReasons.append(unclear) }
            // "có lý do: A – ốm, B – không lý do": B is not excused; when the names gave the count, he leaves it.
            let none = group.names.filter { AbsenteeList.isNoReason($0.reason) }.map { MinutesFacts.Absentee(name: $0.name) }
            if !none.isEmpty, !group.counted, group.count == group.names.count {
                excused = excused ?? group.names.count - none.count
                unexcused = (unexcused ?? 0) + none.count
                state.excusedNames += group.names.filter { !AbsenteeList.isNoReason($0.reason) }
                state.unexcusedNames += none
                return
            }
            excused = excused ?? group.count
            state.excusedNames += group.names
            if let reason = group.unnamedReason { unnamedReasons.append(reason) }
        } else {
            unexcused = unexcused ?? group.count
            // The unexcused have no reason: what follows a name is not one.
            state.unexcusedNames += group.names.map { MinutesFacts.Absentee(name: $0.name) }
        }
    }
}
