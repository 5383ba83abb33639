/// The sitemap (`sitemap.xml`): the absolute address of every page, in the build's page order.
public enum Sitemap {
    /// The sitemap's text for `routes`, at `address`.
    public static func text(_ routes: [Route], address: SiteAddress) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for route in routes where route.isPage {
            xml += "<url><loc>\(XMLText.escape(address.url(route)))</loc></url>\n"
        }
        return xml + "</urlset>\n"
    }
}
