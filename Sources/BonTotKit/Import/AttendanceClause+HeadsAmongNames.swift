/// The heads of villages absent with no name among the named absent (`AttendanceClause`): "vắng:
/// Trưởng thôn Nam (ốm), đ/c Lan (đi công tác)" reads "vắng: (ốm), đ/c Lan (đi công tác)", the
/// village left out with the office (`OfficeTitles.unnamedHeads`), a bracket with no name before
/// it. Each such bracket is one absent, unnamed, excused or not by what it says
/// (`headsInBrackets`), before the names or after them; one of the two was dropped.
extension AttendanceClause {
    /// What the bracket of one village head with no name says: excused or not, and its reason.
    typealias UnnamedHead = (excused: Bool, reason: String?)

    /// The heads in the brackets after the names ending at `index` (a comma, a semicolon or "và",
    /// then brackets in a row: ", (ốm)"), no more than `most`, and the token after them: none, and
    /// `index`, when no such bracket follows.
    func headsAfterNames(at index: Int, within clause: Range<Int>, most: Int) -> (each: [UnnamedHead], end: Int) {
        guard most > 0, index + 1 < clause.upperBound, [.comma, .semicolon, .and].contains(tokens[index].kind),
              tokens[index + 1].kind == .open, let heads = headsInBrackets(from: index + 1, within: clause),
              heads.each.count <= most else { return ([], index) }
        return heads
    }

    /// The heads in the brackets in a row from `index`, no more than `most`, and the absent named
    /// after them and a comma, a semicolon or "và" ("(ốm), đ/c Lan (đi công tác)", "(ốm), Lan (đi
    /// học)"), with the token after the names; nil unless both are there.
    func namesAfterHeads(at index: Int, within clause: Range<Int>, most: Int)
        -> (heads: [UnnamedHead], names: [MinutesFacts.Absentee], end: Int)? {
        guard most > 0, index < clause.upperBound, tokens[index].kind == .open, let heads = headsInBrackets(from: index, within: clause),
              heads.each.count <= most, heads.end + 1 < clause.upperBound,
              [.comma, .semicolon, .and].contains(tokens[heads.end].kind) else { return nil }
        let first = heads.end + 1
        if AbsenteeList.startsName(at: first, in: tokens, chars: chars)?.titled == true || FullNames.starts(at: first, in: tokens, chars: chars) {
            let list = AbsenteeList(from: first, within: clause, tokens: tokens, chars: chars)
            return list.absent.isEmpty ? nil : (heads.each, list.absent, max(first, list.end))
        }
        guard let named = bareNames(from: first, within: clause, bracketed: false) else { return nil }
        return (heads.each, named.absent, named.end)
    }

    /// The absent named after a village head with no name and no bracket, read "vắng: , đ/c Lan (đi
    /// học)" (`OfficeTitles.unnamedHeads`): a comma or a semicolon right after the colon, at `index`,
    /// then no more than `most` names, titled or bare, and the token after them; nil unless both are there.
    func namesAfterABareHead(at index: Int, within clause: Range<Int>, most: Int) -> (names: [MinutesFacts.Absentee], end: Int)? {
        guard most > 0, unnamedHeadCount > 0, index > clause.lowerBound, index + 1 < clause.upperBound,
              tokens[index - 1].kind == .colon, [.comma, .semicolon].contains(tokens[index].kind) else { return nil }
        let first = index + 1
        if AbsenteeList.startsName(at: first, in: tokens, chars: chars)?.titled == true || FullNames.starts(at: first, in: tokens, chars: chars) {
            let list = AbsenteeList(from: first, within: clause, tokens: tokens, chars: chars, headsAfter: true)
            return list.absent.isEmpty || list.absent.count > most ? nil : (list.absent, max(first, list.end))
        }
        guard let named = bareNames(from: first, within: clause, bracketed: false, most: most) else { return nil }
        return (named.absent, named.end)
    }
}
