/// The branch pages: the directory `/chi-bo/` and one profile `/chi-bo/<id>/` per branch.
enum BranchPages {
    static func pages(_ context: PortalContext) -> [Page] {
        let directory = Page(route: .branchDirectory, template: "branch-directory",
                             model: BranchDirectoryPage(context))
        return [directory] + context.site.branches.map { branch in
            let route = Route.branch(branch.id)
            return Page(route: route, template: "branch", model: BranchProfilePage(branch, route: route, context: context))
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
