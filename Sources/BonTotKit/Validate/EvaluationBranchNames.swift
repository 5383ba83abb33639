/// A branch written in a score table by its name, as people do in Excel ("Chi bộ ấp Ấp Bắc", or
/// "Ấp Bắc"), or its id typed as words ("binh minh"), instead of its id: accepted when it matches
/// exactly one branch, in any case and with or without diacritics or the words "Chi bộ". A name
/// shortened as clerks shorten it ("Chi bộ Dốc Miếu" for "Chi bộ khu dân cư Dốc Miếu", "Chi bộ
/// Công an" for "Chi bộ Công an phường", "CB KDC Đồng Tâm") is accepted when its words, two or
/// more, run on in exactly one branch's name, with a warning on its row naming the branch it was
/// taken as, for the clerk to check. Anything else is left for the check of references, which
/// suggests the closest id. A second column naming the branch ("Mã chi bộ | Tên chi bộ") that
/// names another branch than the first is an error at its cell.
enum EvaluationBranchNames {
    static func resolve(_ evaluations: [Evaluation], branches: [Branch], sink: DiagnosticSink) -> [Evaluation] {
        let ids = Set(branches.map(\.id))
        var written = WrittenNames(leavingOut: ["chi-bo-"])
        for branch in branches {
            written.add(branch.name, of: branch.id)
            written.add(exactly: branch.id, of: branch.id)
        }
        let spelled = branches.map { (id: $0.id, words: expanded(Slug.fold($0.name))) }
        let names = Dictionary(branches.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        return evaluations.map { evaluation in
            var evaluation = evaluation
            for index in evaluation.entries.indices {
                let typed = evaluation.entries[index].branchID
                if !ids.contains(typed) {
                    let folded = Slug.fold(typed)
                    let matches = written.matches(folded)
                    if matches.count == 1, let id = matches.first {
                        evaluation.entries[index].branchID = id
                    } else if matches.isEmpty, let id = shortened(folded, among: spelled) {
                        let entry = evaluation.entries[index]
                        sink.warning(entry.location, field: "branch",
                                     "tên chi bộ viết tắt '\(entry.branchID)' được hiểu là '\(names[id] ?? id)' (\(id)); nếu không phải, "
                                         + "hãy ghi đủ tên hoặc mã chi bộ / shortened branch name '\(entry.branchID)' taken as '\(id)'")
                        evaluation.entries[index].branchID = id
                    }
                }
                let entry = evaluation.entries[index]
                guard ids.contains(entry.branchID), let second = entry.sheetSecondName else { continue }
                let folded = Slug.fold(second.value)
                let matches = ids.contains(second.value) ? [second.value] : written.matches(folded)
                let named = matches.count == 1 ? matches.first : matches.isEmpty ? shortened(folded, among: spelled) : nil
                SecondNameCheck.check(entry, typed: typed, named: named, names: names, subject: .branches, sink: sink)
            }
            return evaluation
        }
    }

    /// Abbreviations of the words of branch names, folded, as clerks type them.
    private static let abbreviations: [Substring: [Substring]] = [
        "cb": ["chi", "bo"], "kdc": ["khu", "dan", "cu"], "tdp": ["to", "dan", "pho"], "ubnd": ["uy", "ban", "nhan", "dan"],
        "mttq": ["mat", "tran", "to", "quoc"], "cty": ["cong", "ty"], "ct": ["cong", "ty"],
    ]

    /// The words of a folded name, abbreviations spelled out.
    private static func expanded(_ folded: String) -> [Substring] {
        folded.split(separator: "-").flatMap { abbreviations[$0] ?? [$0] }
    }

    /// The one branch whose name holds the words of `written` (less "chi bộ" in front), two or
    /// more, one after the other; nil when none does or several do.
    private static func shortened(_ written: String, among branches: [(id: String, words: [Substring])]) -> String? {
        var words = expanded(written)
        if words.starts(with: ["chi", "bo"]) { words.removeFirst(2) }
        guard words.count >= 2 else { return nil }
        let found = branches.filter { branch in
            branch.words.count >= words.count
                && (0...(branch.words.count - words.count)).contains { Array(branch.words[$0..<($0 + words.count)]) == words }
        }
        return found.count == 1 ? found[0].id : nil
    }
}
