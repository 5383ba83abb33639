/// A branch's `dissolved` and `merged_into` (a chi bộ dissolved, or merged into another when
/// villages or agencies are merged): `merged_into` as `MergerCheck` says, and a branch cannot be
/// dissolved before it was founded. Each problem is an error on its field.
enum BranchDissolutionCheck {
    static func check(_ branches: [Branch], sink: DiagnosticSink) {
        MergerCheck.check(branches.map { branch in
            MergerCheck.Entry(id: branch.id, dissolved: branch.dissolved, mergedInto: branch.mergedInto,
                              location: branch.mergedIntoSource,
                              field: "merged_into")
        }, words: .branch, sink: sink)
        for branch in branches {
            if let dissolved = branch.dissolved, let founded = branch.founded, dissolved <= founded {
                sink.error(branch.dissolvedSource, field: "dissolved",
                           "ngày giải thể \(VietnameseFormat.longDate(dissolved)) không sau ngày thành lập "
                               + "\(VietnameseFormat.longDate(founded)) / dissolved must be after founded")
            }
        }
    }
}
