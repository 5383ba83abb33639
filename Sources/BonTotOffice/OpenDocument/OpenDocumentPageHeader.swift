import Foundation

/// The headers of an .odt's pages (`styles.xml`, `office:master-styles`): each master page's
/// first-page header (`style:header-first`) before its header (`style:header`), a master page of
/// the first page ("First Page", as LibreOffice names it) before the others.
enum OpenDocumentPageHeader {
    /// The header elements of `styles` (the root of `styles.xml`), in the order they are read.
    static func headers(in styles: XMLPartNode) -> [XMLPartNode] {
        let pages = styles.child("master-styles")?.children(named: "master-page") ?? []
        let isFirst = { (page: XMLPartNode) in (page["name"] ?? "").lowercased().replacingOccurrences(of: "_20_", with: " ").hasPrefix("first") }
        let ordered = pages.filter(isFirst) + pages.filter { !isFirst($0) }
        return ordered.flatMap { page in ["header-first", "header"].compactMap { page.child($0) } }
    }
}
