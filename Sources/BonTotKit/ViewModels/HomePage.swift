/// The home page: headline figures of the latest period, the top of the ranking, the latest
/// stories and this month's meetings.
struct HomePage {
    var chrome: PageChrome
    var organization: String

    static func pages(_ context: PortalContext) -> [Page] {
        let model = HomePage(
            chrome: context.chrome(title: "Trang chủ", path: "", section: ""),
            organization: context.site.config.organization)
        return [Page(path: "", template: "home", model: model)]
    }
}
