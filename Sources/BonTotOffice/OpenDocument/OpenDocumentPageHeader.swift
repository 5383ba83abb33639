import Foundation

/// The headers of an .odt's first page (`styles.xml`, `office:master-styles`): those of the master
/// page its first paragraph or table starts (`style:master-page-name` of its style, "Standard",
/// LibreOffice's default page, when none), its first-page header (`style:header-first`) before
/// its header, then the header of the page that follows it ("First Page" → "Standard"). A master
/// page no text starts is on no page: LibreOffice keeps the "First Page" of a Word document whose
/// first page no longer has a header of its own, with that old header.
enum OpenDocumentPageHeader {
    /// The header elements of `styles` (the root of `styles.xml`) on the first page of the
    /// document whose `content.xml` root is `content`, in the order they are read; a header
    /// switched off (`style:display="false"`) left out.
    static func headers(in styles: XMLPartNode, content: XMLPartNode) -> [XMLPartNode] {
        let pages = styles.child("master-styles")?.children(named: "master-page") ?? []
        let name = firstBlock(in: content.child("body")?.child("text")).flatMap { masterPage(of: $0, in: [content, styles]) }
        guard let first = pages.first(where: { $0["name"] == (name ?? "Standard") }) ?? pages.first else { return [] }
        var ordered = [first]
        if let next = first["next-style-name"], let page = pages.first(where: { $0["name"] == next }), page !== first {
            ordered.append(page)
        }
        return ordered.flatMap { page in ["header-first", "header"].compactMap { page.child($0) } }.filter { $0["display"] != "false" }
    }

    /// The first paragraph, heading or table of `text` (`office:text`), inside lists and sections.
    private static func firstBlock(in text: XMLPartNode?) -> (style: String, family: String)? {
        for child in text?.children ?? [] {
            switch child.name {
            case "p", "h": if let style = child["style-name"] { return (style, "paragraph") } else { return nil }
            case "table": if let style = child["style-name"] { return (style, "table") } else { return nil }
            case "list", "list-item", "list-header", "section":
                if let found = firstBlock(in: child) { return found }
            default: continue
            }
        }
        return nil
    }

    /// The master page the style `block` (of its family) starts, from the automatic and named
    /// styles of `parts` (`content.xml`'s root, then `styles.xml`'s), its parents' when it names none.
    private static func masterPage(of block: (style: String, family: String), in parts: [XMLPartNode]) -> String? {
        let styles = parts.flatMap { root in ["automatic-styles", "styles"].flatMap { root.child($0)?.children(named: "style") ?? [] } }
        var name: String? = block.style
        var seen = Set<String>()
        while let current = name, seen.insert(current).inserted,
              let style = styles.first(where: { $0["name"] == current && $0["family"] == block.family }) {
            if let page = style["master-page-name"], !page.isEmpty { return page }
            name = style["parent-style-name"]
        }
        return nil
    }
}
