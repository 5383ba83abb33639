/// The branch pages: the directory `/chi-bo/` and one profile `/chi-bo/<id>/` per branch.
enum BranchPages {
    static func pages(_ context: PortalContext) -> [Page] {
        let directory = Page(route: .branchDirectory, template: "branch-directory",
                             model: BranchDirectoryPage(context))
        let inputs = ProfileInputs(context)
        return [directory] + context.site.branches.map { branch in
            let route = Route.branch(branch.id)
            var page = Page(route: route, template: "branch", model: BranchProfilePage(branch, route: route, context: context))
            page.inputs = inputs.of(branch)
            page.showsBodies = false
            return page
        }
    }

    /// What a branch's profile shows, as inputs (see `Page.inputs`): its own file, minutes and
    /// stories, every evaluation and every scale (ranks and levels compare all branches), and the
    /// months the minutes cover (its compliance grid spans them); for a branch merged into
    /// another, that one's file (its name is shown), and the files of the branches merged into it.
    private struct ProfileInputs {
        let shared: [String]
        let minutes: [String: [String]]
        let stories: [String: [String]]
        let site: Site
        /// The files of the branches merged into each branch, by its id.
        let merged: [String: [String]]

        init(_ context: PortalContext) {
            let site = context.site
            var months = StableHasher()
            for month in context.analysis.months { months.combine(month.description) }
            for month in context.analysis.monthsWithMinutes.sorted() { months.combine(month.description) }
            shared = site.evaluations.map(\.source.file) + site.rubrics.files + ["@months:\(months.finalize())"]
            minutes = context.analysis.minutesByBranch.mapValues { $0.map(\.source.file) }
            stories = context.analysis.storiesByBranch.mapValues { $0.map(\.source.file) }
            self.site = site
            merged = Dictionary(grouping: site.branches.filter { $0.mergedInto != nil }, by: { $0.mergedInto ?? "" })
                .mapValues { $0.map(\.source.file) }
        }

        func of(_ branch: Branch) -> [String] {
            let successor = branch.mergedInto.flatMap { site.file(ofBranch: $0) }.map { [$0] } ?? []
            return [branch.source.file] + shared + (minutes[branch.id] ?? []) + (stories[branch.id] ?? []) + successor
                + (merged[branch.id] ?? [])
        }
    }

    /// A branch's level in the latest year it was evaluated, with that year.
    static func latestLevel(of branchID: String, _ analysis: SiteAnalysis) -> (year: Int, level: Level)? {
        guard let years = analysis.yearlyLevels[branchID], let year = years.keys.max(), let level = years[year] else {
            return nil
        }
        return (year, level)
    }
}
