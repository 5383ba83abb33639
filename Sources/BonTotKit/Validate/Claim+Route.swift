extension Claim {
    /// The page the claimed key gives the site (`.story(slug)`), checked by the router.
    var route: Route? {
        switch kind {
        case .branch: return .branch(key)
        case .minutes: return .minutes(key)
        case .story: return .story(key)
        case .period: return Period(key).map(Route.ranking)
        }
    }
}
