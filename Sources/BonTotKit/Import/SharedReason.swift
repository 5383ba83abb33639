/// One reason written after the last of a list of names that give none of their own: whose it is.
/// With "đều" ("both", "all") it is every name's: "Lan, Hoa (đều đi công tác)", "Lan, Hoa – đều đi
/// công tác". Without it, "Lan, Hoa, Minh (đi công tác)" may be Minh's alone or all of theirs, and
/// the minutes do not say which: no name is given it, and it is kept as a reason without a name,
/// so that the editor, told the absent's reasons are unsaid, sees it. A name with its own reason
/// keeps it, and so does the last ("Lan (ốm), Hoa, Minh (đi công tác)").
enum SharedReason {
    /// `names` with the reason after the last given as the minutes mean it, and the reason whose
    /// names they do not say, if any.
    static func read(_ names: [MinutesFacts.Absentee]) -> (names: [MinutesFacts.Absentee], unclear: String?) {
        guard names.count >= 2, let reason = names.last?.reason, names.dropLast().allSatisfy({ $0.reason == nil }) else { return (names, nil) }
        let words = reason.split(separator: " ", maxSplits: 1)
        if words.count == 2, words[0].lowercased() == "đều" {
            let shared = String(words[1])
            return (names.map { MinutesFacts.Absentee(name: $0.name, reason: shared) }, nil)
        }
        let unnamed = names.map { MinutesFacts.Absentee(name: $0.name) }
        return (unnamed, AbsenteeList.isNoReason(reason) ? nil : reason)
    }
}
