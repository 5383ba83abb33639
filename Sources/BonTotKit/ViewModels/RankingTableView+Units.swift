extension RankingTableView {
    /// The table of `ranking`, a ranking of `district`'s units, on the page at `route`: each unit
    /// listed in `site.yaml` linked to its portal, one that ended before the period closed marked
    /// (`EndingNotice.marks(of:district:router:route:)`). The unit ranking's page and a year's
    /// archive show the same table. `mark` is given when the page worked the marks out already
    /// (for its chart too).
    init(units ranking: Ranking, caption: String, route: Route, context: PortalContext, district: DistrictAnalysis,
         mark: ((RankingRow) -> EndingNotice?)? = nil) {
        let router = context.router
        let known = Set(district.units.map(\.id))
        self.init(ranking, caption: caption, config: context.site.config, href: { row in
            known.contains(row.branchID) ? router.link(from: route, to: .home, in: router.unit(row.branchID)) : nil
        }, mark: mark ?? EndingNotice.marks(of: ranking, district: district, router: router, route: route))
    }
}
