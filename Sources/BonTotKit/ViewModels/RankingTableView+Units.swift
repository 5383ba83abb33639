extension RankingTableView {
    /// The table of `ranking`, a ranking of `district`'s units, on the page at `route`: each unit
    /// listed in `site.yaml` linked to its portal, one that ended before the period closed marked
    /// (`EndingNotice.marks(of:district:router:route:)`). The unit ranking's page and a year's
    /// archive show the same table.
    init(units ranking: Ranking, caption: String, route: Route, context: PortalContext, district: DistrictAnalysis) {
        let router = context.router
        let known = Set(district.units.map(\.id))
        self.init(ranking, caption: caption, config: context.site.config, href: { row in
            known.contains(row.branchID) ? router.link(from: route, to: .home, in: router.unit(row.branchID)) : nil
        }, mark: EndingNotice.marks(of: ranking, district: district, router: router, route: route))
    }
}
