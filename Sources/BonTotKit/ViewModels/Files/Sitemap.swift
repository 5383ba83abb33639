/// The sitemap (`sitemap.xml`): the absolute address of every page, in the build's page order;
/// in a district, then every page its units' folders hold, in the order of their paths. The
/// protocol (sitemaps.org 0.9) takes at most 50.000 addresses and 50 MB in one file: past
/// either, the addresses go in order into `sitemap-1.xml`, `sitemap-2.xml`, … and
/// `sitemap.xml` is their index, so that the address a search engine is given stays the same.
public enum Sitemap {
    /// The most addresses one file of a sitemap may hold.
    public static let maxURLs = 50_000
    /// The most bytes one file of a sitemap may weigh (50 MB).
    public static let maxBytes = 52_428_800

    /// The files of the sitemap of `routes` at `address`, with `unitPages`, the files of pages
    /// below the site (paths from the root of the output): `sitemap.xml` alone, or its index
    /// and parts when one file would hold more than `maxURLs` addresses or `maxBytes` bytes.
    public static func files(_ routes: [Route], address: SiteAddress, unitPages: [String] = [],
                             maxURLs: Int = maxURLs, maxBytes: Int = maxBytes) -> [OutputFile] {
        var entries = routes.filter(\.isPage).map { entry(address.url($0)) }
        entries += unitPages.compactMap { address.url(pageFile: $0).map(entry) }
        let parts = split(entries, maxURLs: maxURLs, maxBytes: maxBytes - urlsetHead.utf8.count - urlsetFoot.utf8.count)
        guard parts.count > 1 else { return [OutputFile(route: .sitemap, bytes: urlset(entries))] }
        var index = indexHead
        for number in parts.indices.map({ $0 + 1 }) {
            index += "<sitemap><loc>\(MarkupText.escape(address.url(.sitemapPart(number))))</loc></sitemap>\n"
        }
        return [OutputFile(route: .sitemap, bytes: Array((index + "</sitemapindex>\n").utf8))]
            + parts.enumerated().map { OutputFile(route: .sitemapPart($0.offset + 1), bytes: urlset($0.element)) }
    }

    private static let urlsetHead = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
    private static let urlsetFoot = "</urlset>\n"
    private static let indexHead = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"

    /// One address's line: `<url><loc>https://intranet.example/chi-bo/</loc></url>`.
    private static func entry(_ url: String) -> String {
        "<url><loc>\(MarkupText.escape(url))</loc></url>\n"
    }

    private static func urlset(_ entries: [String]) -> [UInt8] {
        Array((urlsetHead + entries.joined() + urlsetFoot).utf8)
    }

    /// `entries` in order, in runs of at most `maxURLs` entries and `maxBytes` bytes each.
    private static func split(_ entries: [String], maxURLs: Int, maxBytes: Int) -> [[String]] {
        var parts: [[String]] = [], part: [String] = [], bytes = 0
        for entry in entries {
            let size = entry.utf8.count
            if !part.isEmpty, part.count == maxURLs || bytes + size > maxBytes {
                parts.append(part)
                part = []
                bytes = 0
            }
            part.append(entry)
            bytes += size
        }
        return part.isEmpty ? parts : parts + [part]
    }
}
