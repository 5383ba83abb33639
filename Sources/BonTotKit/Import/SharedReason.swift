/// One reason written after the last of a list of names that give none of their own: whose it is.
/// With "đều" ("both", "all") it is every name's: "Lan, Hoa (đều đi công tác)", "Lan, Hoa – đều đi
/// công tác", "Lệ, Thắm – cả hai đều đi làm ca". What "đều" says that names no reason is none ("Lan, Hoa (đều là chi
/// ủy viên)", "(đều vắng lần thứ hai)"). Without it, "Lan, Hoa, Minh (đi công tác)" may be Minh's alone or all of theirs, and
/// the minutes do not say which: no name is given it, and it is kept as a reason without a name,
/// so that the editor, told the absent's reasons are unsaid, sees it. A name with its own reason
/// keeps it, and so does the last ("Lan (ốm), Hoa, Minh (đi công tác)"). Names joined by "và", and
/// names parted by commas in a group of a list parted by semicolons, were given their reason as
/// they were read ("Lan và Hoa (đi công tác)", "Lan, Hoa - đi công tác; Minh - ốm").
enum SharedReason {
    /// `names` with the reason after the last given as the minutes mean it, and the reason whose
    /// names they do not say, if any.
    static func read(_ names: [MinutesFacts.Absentee]) -> (names: [MinutesFacts.Absentee], unclear: String?) {
        guard names.count >= 2, let reason = names.last?.reason, names.dropLast().allSatisfy({ $0.reason == nil }) else { return (names, nil) }
        var words = reason.split(separator: " ")[...]
        // "cả hai đều đi làm ca", "cả 02 đều …": all of them, counted.
        if words.count > 2, words.first?.lowercased() == "cả",
           CountInWords.value(of: words[words.startIndex + 1]) != nil || Int(words[words.startIndex + 1]) != nil {
            words = words.dropFirst(2)
        }
        if words.count >= 2, words.first?.lowercased() == "đều" {
            let shared = words.dropFirst().joined(separator: " ")
            // "Lan, Hoa (đều là chi ủy viên)": who they are, no reason.
            if !ReasonWords.namesAReason(shared), !AbsenteeList.isNoReason(shared), !shared.lowercased().contains("lý do") {
                return (names.map { MinutesFacts.Absentee(name: $0.name) }, nil)
            }
            return (names.map { MinutesFacts.Absentee(name: $0.name, reason: shared) }, nil)
        }
        let unnamed = names.map { MinutesFacts.Absentee(name: $0.name) }
        return (unnamed, AbsenteeList.isNoReason(reason) ? nil : reason)
    }
}
