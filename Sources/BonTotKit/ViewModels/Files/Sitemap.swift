/// The sitemap (`sitemap.xml`): the absolute address of every page, in the build's page order;
/// in a district, then every page its units' folders hold, in the order of their paths.
public enum Sitemap {
    /// The sitemap's text for `routes`, at `address`, and for `unitPages`, the files of pages
    /// below the site (paths from the root of the output).
    public static func text(_ routes: [Route], address: SiteAddress, unitPages: [String] = []) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for route in routes where route.isPage {
            xml += "<url><loc>\(MarkupText.escape(address.url(route)))</loc></url>\n"
        }
        for file in unitPages {
            guard let url = address.url(pageFile: file) else { continue }
            xml += "<url><loc>\(MarkupText.escape(url))</loc></url>\n"
        }
        return xml + "</urlset>\n"
    }
}
