/// The parts holding the header of a .docx's first page (`word/header1.xml`…): those the first
/// section's properties (`w:sectPr`) refer to, its first-page header (`w:headerReference
/// w:type="first"`, when the section has a first page of its own) before its default one, each once.
enum WordPageHeader {
    /// The header parts of the first section of `body`, in `package`, whose document part is at
    /// `documentPath`: the section properties of the first paragraph that ends a section, or
    /// else the body's own.
    static func parts(of body: XMLPartNode, in package: OfficePackage, documentPath: String) throws(OfficeError) -> [String] {
        let ending = body.children(named: "p").lazy.compactMap { $0.child("pPr")?.child("sectPr") }.first
        guard let section = ending ?? body.child("sectPr") else { return [] }
        let references = section.children(named: "headerReference")
        // A first-page header shows only while the section has one (`w:titlePg`); one left behind
        // after "Different First Page" was unticked is on no page.
        let types = hasFirstPage(section) ? ["first", "default"] : ["default"]
        let ordered = types.compactMap { type in references.first { $0["type"] == type } }
        guard !ordered.isEmpty else { return [] }
        let targets = try package.relationships(of: documentPath)
        var parts: [String] = []
        for reference in ordered {
            if let id = reference["id"], let part = targets[id], !parts.contains(part) { parts.append(part) }
        }
        return parts
    }

    /// True when `section` gives its first page a header of its own (`w:titlePg`, on unless its
    /// `w:val` says off).
    private static func hasFirstPage(_ section: XMLPartNode) -> Bool {
        guard let flag = section.child("titlePg") else { return false }
        return !["0", "false", "off"].contains(flag["val"] ?? "true")
    }
}
