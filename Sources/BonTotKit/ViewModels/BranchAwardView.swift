/// An award on a branch profile: year, title, who gave it, and what for.
struct BranchAwardView: Encodable {
    var year: String
    var awardTitle: String
    var awardedBy: String
    var awardReason: String

    /// The branch's awards, newest first, then by title.
    static func awards(of branch: Branch) -> [BranchAwardView] {
        let byTitle = VietnameseCollation.sorted(branch.awards, by: \.title)
        return byTitle.enumerated().sorted { ($1.element.year, $0.offset) < ($0.element.year, $1.offset) }.map { _, award in
            BranchAwardView(year: "\(award.year)", awardTitle: award.title, awardedBy: award.by ?? "—",
                            awardReason: award.reason ?? "—")
        }
    }
}
