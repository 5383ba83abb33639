/// The footnotes and endnotes of a .docx (`word/footnotes.xml`, `word/endnotes.xml`) by kind and
/// id, numbered 1, 2, 3… in the order the text first marks them, as the page shows them.
struct WordNotes {
    /// `footnote:1` → the `w:footnote` element; the separators Word keeps there (ids -1 and 0,
    /// with a `w:type`) are no notes.
    private var bodies: [String: XMLPartNode] = [:]
    /// The keys of the notes marked so far, in the order of their numbers.
    private(set) var marked: [String] = []

    init(footnotes: XMLPartNode?, endnotes: XMLPartNode?) {
        for (kind, root) in [("footnote", footnotes), ("endnote", endnotes)] {
            for note in root?.children(named: kind) ?? [] where note["type"] == nil || note["type"] == "normal" {
                if let id = note["id"] { bodies["\(kind):\(id)"] = note }
            }
        }
    }

    /// The number of the note a `w:footnoteReference` or `w:endnoteReference` marks; nil for any
    /// other element, or a note the document does not hold.
    mutating func number(of reference: XMLPartNode) -> Int? {
        let kind = reference.name == "footnoteReference" ? "footnote" : reference.name == "endnoteReference" ? "endnote" : nil
        guard let kind, let id = reference["id"], bodies["\(kind):\(id)"] != nil else { return nil }
        let key = "\(kind):\(id)"
        if let index = marked.firstIndex(of: key) { return index + 1 }
        marked.append(key)
        return marked.count
    }

    /// The element of the note numbered `number`.
    func body(_ number: Int) -> XMLPartNode? {
        marked.indices.contains(number - 1) ? bodies[marked[number - 1]] : nil
    }
}
