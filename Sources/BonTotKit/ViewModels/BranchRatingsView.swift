/// The yearly classification of a branch's members as a table: one column per level, one row
/// per year, newest first.
struct BranchRatingsView: Encodable {
    var levels: [String]
    var rows: [BranchRatingsRow]

    /// Nil when the branch records no ratings. Levels are the rubric's, in its order, then any
    /// other level id the file uses, sorted.
    init?(_ branch: Branch, rubric: Rubric) {
        guard !branch.memberRatings.isEmpty else { return nil }
        let used = Set(branch.memberRatings.values.flatMap(\.keys))
        let known = rubric.levels.map(\.id)
        let ids = known + used.subtracting(known).sorted()
        levels = ids.map { rubric.level(id: $0)?.name ?? $0 }
        rows = branch.memberRatings.keys.sorted(by: >).map { year in
            let counts = branch.memberRatings[year] ?? [:]
            return BranchRatingsRow(year: "\(year)", counts: ids.map { VietnameseFormat.number(counts[$0] ?? 0) },
                                    total: VietnameseFormat.number(counts.values.reduce(0, +)))
        }
    }
}

/// One year of member ratings.
struct BranchRatingsRow: Encodable {
    var year: String
    var counts: [String]
    var total: String
}
