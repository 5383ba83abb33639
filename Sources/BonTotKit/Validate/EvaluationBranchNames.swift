/// A branch written in a score table by its name, as people do in Excel ("Chi bộ ấp Ấp Bắc", or
/// "Ấp Bắc"), or its id typed as words ("binh minh"), instead of its id: accepted when it matches
/// exactly one branch, in any case and with or without diacritics or the words "Chi bộ". Anything else is left for the
/// check of references, which suggests the closest id.
enum EvaluationBranchNames {
    static func resolve(_ evaluations: [Evaluation], branches: [Branch]) -> [Evaluation] {
        let ids = Set(branches.map(\.id))
        var byName: [String: Set<String>] = [:]
        for branch in branches {
            for name in names(Slug.fold(branch.name)) + [branch.id] { byName[name, default: []].insert(branch.id) }
        }
        return evaluations.map { evaluation in
            var evaluation = evaluation
            for index in evaluation.entries.indices where !ids.contains(evaluation.entries[index].branchID) {
                let written = Slug.fold(evaluation.entries[index].branchID)
                let matches = names(written).reduce(into: Set<String>()) { $0.formUnion(byName[$1] ?? []) }
                if matches.count == 1, let id = matches.first { evaluation.entries[index].branchID = id }
            }
            return evaluation
        }
    }

    /// A folded name, and the same without the words "chi bộ" in front.
    private static func names(_ folded: String) -> [String] {
        folded.hasPrefix("chi-bo-") ? [folded, String(folded.dropFirst("chi-bo-".count))] : [folded]
    }
}
