/// A row of a score table naming its branch (or unit) in two columns, the id and the name
/// ("Mã chi bộ | Tên chi bộ", "Mã đơn vị | Tên đơn vị"): the two must name the same one. When
/// one column was sorted without the other, whose scores the row holds is not known: an error
/// at the second column's cell. A second name that names none is not compared.
enum SecondNameCheck {
    /// Reports `entry`'s second name when it names `named`, another than the row is read as.
    /// `typed` is the first column as written; `names` gives each id's name, as messages name it.
    static func check(_ entry: EvaluationEntry, typed: String, named: String?, names: [String: String],
                      subject: RankingSubject, sink: DiagnosticSink) {
        guard let second = entry.sheetSecondName, let named, named != entry.branchID else { return }
        let noun = subject.noun
        let plural = subject == .branches ? "branches" : "units"
        sink.error(second.location, field: subject.englishNoun,
                   "dòng này ghi '\(typed)' là \(noun) '\(entry.branchID)' (\(names[entry.branchID] ?? entry.branchID)) nhưng ô "
                       + "này ghi '\(second.value)' là \(noun) '\(named)' (\(names[named] ?? named)); hai cột tên của một dòng "
                       + "phải cùng một \(noun) (có thể một cột đã được sắp xếp riêng) / the row's two \(subject.englishNoun) "
                       + "columns name different \(plural): '\(entry.branchID)' and '\(named)'")
    }
}
