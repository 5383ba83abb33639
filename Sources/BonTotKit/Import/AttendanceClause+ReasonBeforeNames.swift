/// A reason in brackets after the absent's count, before a colon and the names it is theirs
/// (`AttendanceClause`): "vắng 01 đồng chí (ốm): đồng chí Nguyễn Văn Hùng".
extension AttendanceClause {
    /// The reason in the bracket opening at `open` and the token where the names after its colon
    /// start, titled or full ("(ốm): đồng chí Nguyễn Văn Hùng"); nil when the bracket holds other
    /// than words naming a reason, or no such name follows its colon.
    func reasonBeforeNames(at open: Int, within clause: Range<Int>) -> (reason: String, names: Int)? {
        var close = open + 1
        while close < clause.upperBound, case .word = tokens[close].kind { close += 1 }
        guard open + 1 < close, close + 2 < clause.upperBound, tokens[close].kind == .close, tokens[close + 1].kind == .colon,
              let name = AbsenteeList.startsName(at: close + 2, in: tokens, chars: chars),
              name.titled || FullNames.starts(at: close + 2, in: tokens, chars: chars),
              let reason = Self.reasonText(text(open + 1..<close)), ReasonWords.namesAReason(reason) else { return nil }
        return (reason, close + 2)
    }
}
