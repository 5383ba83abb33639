extension AttendanceClause {
    /// What reading an attendance clause has gathered so far (`AttendanceClause.read`): where it
    /// is, the names read and under which label, and what the reasons read said of them.
    struct ReadingState {
        /// The token being read.
        var index: Int
        /// The token after the absent's count ("vắng 03 đồng chí"), whose figure a reason right after it takes.
        var afterCount: Int?
        var plainNames: [MinutesFacts.Absentee] = []
        var excusedNames: [MinutesFacts.Absentee] = []
        var unexcusedNames: [MinutesFacts.Absentee] = []
        /// True when a reason took the absent's count as its own ("vắng 02 đồng chí có lý do").
        var inheritedCount = false
        /// The token after the names given with the absent's count, and whether a reason stated
        /// after them is theirs ("Vắng 02 đồng chí: A, B. Lý do: đi làm ca, nằm viện").
        var afterNames: Int?
        var namesStated = false
        /// The last reason read, and whether it named anyone.
        var lastReason: ReasonGroup?
        /// True when the reason after the last bare name is its own alone ("Lan - Hoa, Minh - ốm": `lastReasonIsOwn`).
        var ownLastReason = false
        /// The heads of villages with no name among the names (`namesAfterHeads`, `headsAfterNames`).
        var heads: [UnnamedHead] = []
    }
}
