import Foundation

/// The media files each month's bulletin shows (`BulletinPages.media(shownIn:site:)`), read once
/// per month however often they are asked for: a PDF's fingerprint is worked out when an
/// earlier output's PDF may be taken over, and again when the PDF is printed (`BulletinPrinting`),
/// and each time would read the editorial's body for its links again.
final class BulletinMedia: @unchecked Sendable {
    private let site: Site
    private let lock = NSLock()
    private var files: [YearMonth: [String]] = [:]

    init(site: Site) {
        self.site = site
    }

    /// The media files the bulletin of `month` shows, by their paths from `content/`, sorted.
    func files(shownIn month: YearMonth) -> [String] {
        if let known = lock.withLock({ files[month] }) { return known }
        let found = BulletinPages.media(shownIn: month, site: site)
        lock.withLock { files[month] = found }
        return found
    }
}
