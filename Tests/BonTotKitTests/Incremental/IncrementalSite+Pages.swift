@testable import BonTotKit
import Foundation

extension IncrementalSite {
    /// The pages of the site as it is now, by file, with the inputs each names (nil for a page
    /// that draws on the whole site).
    func plannedPages() throws -> [String: [String]?] {
        let loaded = SiteLoader.load(root: root)
        guard let site = loaded.site, let analysis = loaded.analysis else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: root.path])
        }
        let pages = PortalPages.pages(PortalContext(site: site, analysis: analysis))
        return Dictionary(pages.map { ($0.file, $0.inputs) }, uniquingKeysWith: { first, _ in first })
    }

    /// The pages that draw on the whole site: an edit of any file's front matter, or a file
    /// added, removed or renamed, renders them again; an edit of a body alone does not.
    func wholeSitePages() throws -> Set<String> {
        Set(try plannedPages().filter { $0.value == nil }.keys)
    }

    /// The pages that name the input file at `path`.
    func pages(naming path: String) throws -> Set<String> {
        Set(try plannedPages().filter { $0.value?.contains(path) == true }.keys)
    }
}
