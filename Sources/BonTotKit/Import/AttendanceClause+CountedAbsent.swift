/// The absent's count in an attendance clause and the names given with it (`AttendanceClause`):
/// "vắng 02 đồng chí: Lan, Hùng", "vắng 02 đồng chí (Lan - ốm, Hùng - đi học)", "vắng 03 đồng
/// chí: 02 đồng chí ốm, 01 không lý do".
extension AttendanceClause {
    /// Reads "vắng" at `state.index`, its count and the names after it; with no count, the names
    /// alone (`readUncounted`).
    mutating func readAbsent(_ state: inout ReadingState, within clause: Range<Int>) {
        state.index += 1
        if state.index < clause.upperBound, tokens[state.index].kind == .colon { state.index += 1 }
        guard state.index < clause.upperBound, case .number(let count) = tokens[state.index].kind, absentCount == nil else {
            readUncounted(&state, within: clause)
            return
        }
        absentCount = count
        countsAbsence = true
        // The count's token: a bracket right after it, with no unit between, is the absent's too ("vắng 02 (Ba, Tư)").
        let countToken = state.index
        state.index = afterUnit(state.index + 1, within: clause)
        state.afterCount = state.index
        // "vắng 03 đồng chí: 02 đồng chí đám giỗ, 01 đồng chí không có lý do": each count with its reason.
        if let counted = countedReasons(at: state.index, count: count, within: clause) {
            excused = counted.excused
            // Parts over the absent with none unexcused: how many were, the minutes do not say.
            unexcused = counted.unexcused > 0 || counted.excused == count ? counted.unexcused : nil
            unnamedReasons += counted.reasons
            state.index = counted.end
            return
        }
        // "vắng 02 đồng chí, trong đó 01 đồng chí ốm": the reasons of some of them; the others had none said.
        if let words = ofWhich(state.index, within: clause),
           let counted = countedReasons(at: words, count: count, within: clause, ofWhich: true) {
            excused = counted.excused
            unexcused = counted.unexcused > 0 || counted.excused == count ? counted.unexcused : nil
            unnamedReasons += counted.reasons
            state.index = counted.end
            return
        }
        // "vắng 02 đồng chí: Nguyễn Văn An, Trần Thị Bình", "vắng 02 đồng chí gồm: …", "vắng 02 đồng
        // chí (đồng chí A – ốm, …)": names with no reason label.
        let bracketed = state.index < clause.upperBound && tokens[state.index].kind == .open
        // "vắng 01 đồng chí (ốm): đồng chí Nguyễn Văn Hùng": the bracket's reason is the names' after its colon.
        if bracketed, let reasoned = reasonBeforeNames(at: state.index, within: clause) {
            let list = AbsenteeList(from: reasoned.names, within: clause, tokens: tokens, chars: chars)
            if !list.absent.isEmpty, list.absent.count <= count {
                state.plainNames = list.absent.map { MinutesFacts.Absentee(name: $0.name, reason: $0.reason ?? reasoned.reason) }
                state.index = max(state.index + 1, list.end)
                state.afterNames = state.index
                return
            }
        }
        // "Vắng: 2 đồng chí – đồng chí A (nằm viện), …", "vắng 02 đồng chí - Lan, Hoa": names after a dash.
        let dashed = state.index + 1 < clause.upperBound && tokens[state.index].kind == .dash
            && AbsenteeList.startsName(at: state.index + 1, in: tokens, chars: chars) != nil
        // "vắng 01 đ/c, đ/c Hòa đi làm ca": titled names after a comma.
        let commaNames = state.index + 1 < clause.upperBound && tokens[state.index].kind == .comma
            && AbsenteeList.startsName(at: state.index + 1, in: tokens, chars: chars)?.titled == true
        var first = state.index < clause.upperBound && (tokens[state.index].kind == .colon || bracketed || dashed || commaNames) ? state.index + 1 : nil
        // "vắng 02 đồng chí gồm Lan và Hoa", "… là Lan, Hoa": the names after the words introducing them.
        var introduced = false
        if let after = afterIntroducer(first ?? state.index, within: clause) {
            first = after
            introduced = true
        }
        if !bracketed, let first, first < clause.upperBound, [.colon, .dash].contains(tokens[first - 1].kind) || introduced,
           AbsenteeList.startsName(at: first, in: tokens, chars: chars)?.titled == false,
           let named = bareNames(from: first, within: clause, bracketed: false, most: count) {
            // "vắng 02 đồng chí: Lan - ốm, Hùng (đi học)", "vắng 02 đồng chí - Lan, Hoa": the absent by bare
            // given names after the colon or the dash.
            state.plainNames = named.absent
            state.ownLastReason = lastReasonIsOwn(first..<named.end, within: clause)
            state.index = named.end
            (state.heads, state.index) = headsAfterNames(at: state.index, within: clause, most: min(unnamedHeadCount, count - state.plainNames.count))
            state.afterNames = state.index
        } else if let first, first < clause.upperBound, let name = AbsenteeList.startsName(at: first, in: tokens, chars: chars),
           !bracketed || name.titled || name.words >= 2 {
            let list = AbsenteeList(from: first, within: clause, tokens: tokens, chars: chars, headsAfter: unnamedHeadCount > 0)
            // After a dash, words that name no one are the reason's ("vắng 01 đồng chí - Đi viện").
            if dashed, list.absent.isEmpty { return }
            // "vắng 01 đồng chí: Nguyễn Thị Lan, Trần Văn Hùng": more named than counted; which of them was
            // absent the minutes do not say, and the count is kept with no name.
            state.plainNames = list.absent.count > count ? [] : list.absent
            state.index = bracketed && list.end < clause.upperBound && tokens[list.end].kind == .close ? list.end + 1 : list.end
            if !state.plainNames.isEmpty {
                (state.heads, state.index) = headsAfterNames(at: state.index, within: clause, most: min(unnamedHeadCount, count - state.plainNames.count))
            }
            state.afterNames = state.index
        } else if !bracketed, let first, first < clause.upperBound, tokens[first - 1].kind == .colon,
                  let mixed = namesAfterHeads(at: first, within: clause, most: min(unnamedHeadCount, count - 1)),
                  mixed.heads.count + mixed.names.count <= count {
            // "vắng 02 đồng chí: Trưởng thôn Nam (ốm), đ/c Lan (đi công tác)": the head, then the names.
            state.heads = mixed.heads
            state.plainNames = mixed.names
            state.index = mixed.end
            state.afterNames = state.index
        } else if !bracketed, let first, let named = namesAfterABareHead(at: first, within: clause, most: count - 1) {
            // "vắng 02 đồng chí: Trưởng thôn Nam, Lan (ốm)", read "…: , Lan (ốm)": a head with no name and no
            // bracket, then the names (Lan was lost).
            state.plainNames = named.names
            state.index = named.end
            state.afterNames = state.index
        } else if bracketed, [.title, .unit].contains(tokens[state.index - 1].kind) || state.index - 1 == countToken, let first,
                  let named = bareNames(from: first, within: clause, most: count) {
            // "vắng mặt: 01 đồng chí (Hùng - đi làm ăn xa)", "vắng 02 đồng chí (Lan, Hùng)", "vắng 02 (Ba, Tư)": the
            // absent by bare given names.
            state.plainNames = named.absent
            state.index = named.end
            state.afterNames = state.index
        } else if first == nil, state.index < clause.upperBound, tokens[state.index].kind == .title,
                  let name = AbsenteeList.startsName(at: state.index, in: tokens, chars: chars), name.words <= 2,
                  let named = bareNames(from: state.index + 1, within: clause, bracketed: false, most: count) {
            // "vắng 02 đồng chí Lan, Hoa đều có lý do": the count's "đồng chí" is the first name's title too.
            state.plainNames = named.absent
            state.index = named.end
            state.afterNames = state.index
        }
        // "vắng 1 đ/c (Lan) - ốm", "(Lan, Hoa) – đi công tác": words naming a reason after the names'
        // bracket and a dash are all of theirs, as a reason label there is ("(Lan, Hùng) có lý do").
        if let after = state.afterNames, after > clause.lowerBound, tokens[after - 1].kind == .close, after + 1 < clause.upperBound,
           tokens[after].kind == .dash, !state.plainNames.isEmpty, state.plainNames.allSatisfy({ $0.reason == nil }),
           let end = reasonAfterComma(at: after + 1, within: clause) {
            let reason = text(after + 1..<end)
            state.plainNames = state.plainNames.map { MinutesFacts.Absentee(name: $0.name, reason: reason) }
            state.index = end
            state.afterNames = end
        }
    }
}
