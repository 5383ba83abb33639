/// What `import minutes` says of the attendance a document gives: the absent counted without
/// saying whether they had a reason (`MinutesFacts.reasonsUnsaid`), places or names it cannot
/// tell apart, figures that do not add up; in Vietnamese with the English gist, quoting the
/// clerk's words as written ("vắng hai đồng chí", not the figures read), cut at a word's end.
enum AttendanceMessages {
    /// The warning for the absent of `facts`, read from the document `source`, written as
    /// unexcused for want of a reason; nil when the minutes say.
    /// When some of them are named with a reason ("vắng 02 đồng chí: Lan (ốm), Hùng"), it says those
    /// were written excused and the others' reasons are unsaid, not that the minutes say none.
    static func reasonsUnsaid(_ facts: MinutesFacts, source: String) -> String? {
        guard facts.reasonsUnsaid, let absent = facts.unexcused else { return nil }
        let quoted = facts.absentWords.map { QuotedLine.cut($0) }
        let counted = facts.excused.flatMap { _ in facts.absentCount } ?? absent
        let unsaid = facts.excused.map { excused in
            (vietnamese: ": đồng chí nào có ghi lý do đã được ghi là vắng có lý do (excused: \(excused)), còn lại",
             english: ", those with a reason written as excused (\(excused)), the others")
        } ?? (vietnamese: " nhưng", english: "")
        return "biên bản '\(source)' ghi " + (quoted.map { "'\($0)'" } ?? "vắng \(counted)")
            + unsaid.vietnamese + " không nói có lý do hay không; đã ghi là vắng không lý do "
            + "(unexcused: \(absent)), khiến buổi họp không đạt chất lượng; hãy đối chiếu rồi sửa 'excused'/'unexcused' "
            + "/ '\(source)' counts \(counted) absent" + (quoted.map { " ('\($0)')" } ?? "") + unsaid.english
            + " without saying whether excused: written as unexcused, check it"
    }

    /// The warning for places that read as full names written alone after "vắng" ("Vắng: Hà
    /// Đông"), left out of `absent:`: the clerk's words, and how to add the name if it is one;
    /// nil when there are none.
    static func unsureNames(_ facts: MinutesFacts, source: String) -> String? {
        let unsure = facts.unsureAbsentNames.filter { !VillageNames.isVillage(name: $0) }
        guard !unsure.isEmpty else { return nil }
        let names = unsure.map { "'\($0)'" }.joined(separator: ", ")
        let quoted = facts.absentWords.map { " ('\(QuotedLine.cut($0))')" } ?? ""
        let example = unsure[0]
        return "biên bản '\(source)' ghi \(names) sau 'vắng'\(quoted): là tên đảng viên vắng mặt hay nơi đồng chí vắng mặt đang ở? "
            + "chưa ghi vào 'absent'; nếu là tên đảng viên, thêm '- { name: \(example) }' dưới 'absent:' / '\(source)' writes "
            + "\(names) after 'vắng', a place or an absent member's name: not written under absent; add it if it is a member"
    }

    /// The warning for the heads of villages absent with no name ("vắng 01 đồng chí: Trưởng thôn
    /// Nam (ốm)", `VillageNames.unsure`): the word after the office is the village, never written
    /// as a member (`MinutesFacts.takingKnownMembers`), and the clerk is asked for the head's full
    /// name, not told to add the village as one; nil when there are none.
    static func unnamedVillageHeads(_ facts: MinutesFacts, source: String) -> String? {
        let villages = facts.unsureAbsentNames.filter { VillageNames.isVillage(name: $0) }
        guard !villages.isEmpty else { return nil }
        let names = villages.map { "'\($0)'" }.joined(separator: ", ")
        let quoted = facts.absentWords.map { " ('\(QuotedLine.cut($0))')" } ?? ""
        return "biên bản '\(source)' ghi trưởng (phó) thôn, ấp vắng mặt mà không ghi tên\(quoted): \(names) là tên thôn, ấp, không phải "
            + "tên đảng viên, nên chưa ghi vào 'absent'; nếu biết họ tên đồng chí vắng mặt, thêm '- { name: <họ và tên> }' dưới "
            + "'absent:' / '\(source)' writes the head of a village absent with no name: \(names), the village, is not written "
            + "under absent; add the head's full name if known"
    }

    /// The warning for the attendance figures of `facts`, read from the document `source`, that
    /// do not add up (`MinutesFacts.attendanceMismatch`); the counts by reason over the absent
    /// quote the clerk's words about the absent ("'Vắng 02 đồng chí, trong đó 03 đồng chí ốm'"),
    /// as the other warnings of the absent do, so that the clerk finds the line. Nil when they add up.
    static func mismatch(_ facts: MinutesFacts, source: String) -> String? {
        let parts = facts.absentPartsMismatch, others = facts.expectedMismatch
        guard !parts.isEmpty || !others.isEmpty else { return nil }
        let quoted = facts.absentWords.map { " ('\(QuotedLine.cut($0))')" } ?? ""
        func said(_ text: ((vietnamese: String, english: String)) -> String) -> String {
            let absent = parts.isEmpty ? [] : [parts.map(text).joined(separator: "; ") + quoted]
            return (absent + others.map(text)).joined(separator: "; ")
        }
        return "số liệu dự họp trong biên bản '\(source)' không khớp: \(said { $0.vietnamese }); hãy đối chiếu với biên bản "
            + "rồi sửa dòng này / the attendance figures of '\(source)' do not add up: \(said { $0.english }): "
            + "check them against the document"
    }
}
