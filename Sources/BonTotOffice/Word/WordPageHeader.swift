/// The parts holding the header of a .docx's first page (`word/header1.xml`…): those the first
/// section's properties (`w:sectPr`) refer to, its first-page header (`w:headerReference
/// w:type="first"`) before its default one, each once.
enum WordPageHeader {
    /// The header parts of the first section of `body`, in `package`, whose document part is at
    /// `documentPath`: the section properties of the first paragraph that ends a section, or
    /// else the body's own.
    static func parts(of body: XMLPartNode, in package: OfficePackage, documentPath: String) throws(OfficeError) -> [String] {
        let ending = body.children(named: "p").lazy.compactMap { $0.child("pPr")?.child("sectPr") }.first
        guard let section = ending ?? body.child("sectPr") else { return [] }
        let references = section.children(named: "headerReference")
        let ordered = ["first", "default"].compactMap { type in references.first { $0["type"] == type } }
        guard !ordered.isEmpty else { return [] }
        let targets = try package.relationships(of: documentPath)
        var parts: [String] = []
        for reference in ordered {
            if let id = reference["id"], let part = targets[id], !parts.contains(part) { parts.append(part) }
        }
        return parts
    }
}
