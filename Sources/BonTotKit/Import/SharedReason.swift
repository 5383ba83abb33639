/// One reason written after the last of a list of names that give none of their own: whose it is.
/// With "đều" ("both", "all") it is every name's: "Lan, Hoa (đều đi công tác)", "Lan, Hoa – đều đi
/// công tác", "Lệ, Thắm – cả hai đều đi làm ca". What "đều" says that names no reason is none ("Lan, Hoa (đều là chi
/// ủy viên)", "(đều vắng lần thứ hai)"). Without it, "Lan, Hoa, Minh (đi công tác)" may be Minh's alone or all of theirs, and
/// the minutes do not say which: no name is given it, and it is kept as a reason without a name,
/// so that the editor, told the absent's reasons are unsaid, sees it. A name with its own reason
/// keeps it, and so does the last ("Lan (ốm), Hoa, Minh (đi công tác)"), and a full name after given
/// names alone, written apart from them ("Lan, Hùng, Trần Thị Mai (đi học)"). Names joined by "và", and
/// names parted by commas in a group of a list parted by semicolons, were given their reason as
/// they were read ("Lan và Hoa (đi công tác)", "Lan, Hoa - đi công tác; Minh - ốm").
enum SharedReason {
    /// `names` with the reason after the last given as the minutes mean it, the reason whose
    /// names they do not say, if any, and whether each was given the excused's label alone, with
    /// no reason said ("Lan, Hoa (đều có lý do)": excused, with no reason to write).
    static func read(_ names: [MinutesFacts.Absentee]) -> (names: [MinutesFacts.Absentee], unclear: String?, excused: Bool) {
        // "Nguyễn Thị Lan, Trần Văn Hùng (có lý do)": the excused's label after the last of names with no reason of
        // their own is all of theirs, as it is after bare given names ("Lan, Hoa (có lý do)").
        let labelAfterLast = names.count >= 2 && names.last?.reason.map(isExcusedLabel) == true
            && names.dropLast().allSatisfy { $0.reason == nil }
        let (names, unclear) = labelAfterLast ? (names, nil) : shared(names)
        let label = labelAfterLast || (names.count >= 2 && names.allSatisfy { $0.reason.map(isExcusedLabel) == true })
        return label ? (names.map { MinutesFacts.Absentee(name: $0.name) }, unclear, true) : (names, unclear, false)
    }

    /// True when `reason` opens with "đều" or "cả" ("đều ốm", "cả hai đều đi làm ca"): all the names'.
    static func saysAll(_ reason: String) -> Bool {
        reason.split(whereSeparator: { !$0.isLetter }).first.map { ["đều", "cả"].contains($0.lowercased()) } ?? false
    }

    /// True when `reason` is only the label of the excused ("có lý do", "có lý do chính đáng"), no reason said.
    static func isExcusedLabel(_ reason: String) -> Bool {
        let words = reason.lowercased().split(whereSeparator: { !$0.isLetter }).joined(separator: " ")
        return words == "có lý do" || words == "có lý do chính đáng"
    }

    /// `names` with the reason after the last given as the minutes mean it, and the reason whose
    /// names they do not say, if any.
    private static func shared(_ names: [MinutesFacts.Absentee]) -> (names: [MinutesFacts.Absentee], unclear: String?) {
        guard names.count >= 2, let reason = names.last?.reason, names.dropLast().allSatisfy({ $0.reason == nil }) else { return (names, nil) }
        var words = reason.split(separator: " ")[...]
        // "cả hai đều đi làm ca", "cả 02 đều …": all of them, counted.
        if words.count > 2, words.first?.lowercased() == "cả",
           CountInWords.value(of: words[words.startIndex + 1]) != nil || Int(words[words.startIndex + 1]) != nil {
            words = words.dropFirst(2)
        }
        if words.count >= 2, words.first?.lowercased() == "đều" {
            var shared = words.dropFirst().joined(separator: " ")
            // "(đều có lý do đi công tác)", "(đều có lý do: ốm)": the reason after the label.
            if let label = shared.firstMatch(of: /^có lý do\s*:?\s+(?=\p{L})/.ignoresCase()) {
                shared = String(shared[label.range.upperBound...])
            }
            // "Lan, Hoa (đều là chi ủy viên)": who they are, no reason.
            if !ReasonWords.namesAReason(shared), !AbsenteeList.isNoReason(shared), !shared.lowercased().contains("lý do") {
                return (names.map { MinutesFacts.Absentee(name: $0.name) }, nil)
            }
            return (names.map { MinutesFacts.Absentee(name: $0.name, reason: shared) }, nil)
        }
        // "Lan, Hùng, Trần Thị Mai (đi học)": a full name after given names alone was written apart from them, with its own reason.
        let nameWords = names.map { $0.name.split(separator: " ").map(String.init) }
        if FullNames.isFullName(nameWords[nameWords.count - 1]), nameWords.dropLast().allSatisfy({ $0.count == 1 }) { return (names, nil) }
        let unnamed = names.map { MinutesFacts.Absentee(name: $0.name) }
        return (unnamed, AbsenteeList.isNoReason(reason) ? nil : reason)
    }
}
