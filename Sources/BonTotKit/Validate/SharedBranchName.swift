/// A branch written by a name that two or more branches share (a branch file copied under a new
/// id, its `name:` left as it was): the name stands for none of them, and the error says which
/// branches have it, their files, and the two ways out: the id written instead of the name, or
/// a name of its own for the copied branch. Compared as `WrittenNames` compares the names a
/// score table writes (any case, with or without diacritics or "Chi bộ" in front).
enum SharedBranchName {
    /// The error's message when `written` names two or more of the branches `known` (their
    /// names, leaving out "chi-bo-", by id): `files`
    /// gives each id's file as the clerk finds it; `inCell` whether it was written in a
    /// workbook's or a CSV's cell. Nil when the name is no branch's or one branch's.
    static func message(_ written: String, in subject: Diagnostic.Subject, inCell: Bool,
                        known: WrittenNames, files: (String) -> String?) -> String? {
        let ids = known.matches(Slug.fold(written)).sorted()
        guard ids.count > 1 else { return nil }
        let listed = ids.map { id in "'\(id)'" + (files(id).map { " (\($0))" } ?? "") }
        let vietnameseList = listed.dropLast().joined(separator: ", ") + " và " + listed.last!
        let englishList = listed.joined(separator: ", ")
        let lines = ids.map { "branch: \($0)" }
        let write = switch subject {
        case .evaluation where inCell: (vi: "ghi mã của chi bộ được chấm vào ô thay cho tên", en: "write the id of the branch scored in the cell")
        case .evaluation: (vi: "ghi mã của chi bộ được chấm thay cho tên", en: "write the id of the branch scored instead")
        case .minutes, .story: (vi: "ghi " + lines.joined(separator: " hoặc "), en: "write " + lines.joined(separator: " or "))
        }
        return "\(subject.name) ghi chi bộ '\(written)', tên chung của \(VietnameseFormat.count(ids.count)) chi bộ: \(vietnameseList), "
            + "nên không biết là chi bộ nào; hãy \(write.vi), hoặc đặt 'name:' riêng cho chi bộ chép từ tệp khác "
            + "/ '\(written)' is the name of \(ids.count) branches: \(englishList): \(write.en), or give the copied branch its own name (name:)"
    }
}
