/// A branch's `dissolved` and `merged_into` (a chi bộ dissolved, or merged into another when
/// villages or agencies are merged), as `MergerCheck` says: `merged_into` names a branch that
/// existed on the day, and a branch cannot be dissolved before it was founded. Each problem is an
/// error on its field.
enum BranchDissolutionCheck {
    static func check(_ branches: [Branch], sink: DiagnosticSink) {
        MergerCheck.check(branches.map { branch in
            MergerCheck.Entry(id: branch.id, founded: branch.founded, dissolved: branch.dissolved, mergedInto: branch.mergedInto,
                              location: branch.mergedIntoSource, field: "merged_into",
                              dissolvedLocation: branch.dissolvedSource, dissolvedField: "dissolved")
        }, words: .branch, sink: sink)
    }
}
