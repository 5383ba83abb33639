import CCmark

/// Links and pictures that libcmark left as text because their address holds a space:
/// `![Đại hội](media/Ảnh đại hội.jpg)`, a file named as a clerk names it. CommonMark takes an
/// address with spaces only inside `<…>`, so the page would show the line as typed and no
/// picture. Found in the text of the parsed document, so never in code.
enum UnlinkedAddresses {
    /// One link or picture left as text: its address as typed (without a title in quotes), its
    /// line in the document (from 1), and whether it was meant as a picture (`![…]`).
    struct Found: Equatable {
        let address: String
        let line: Int
        let isImage: Bool
    }

    /// Every link or picture of `document` whose address, up to its closing parenthesis, holds
    /// a space and so was left as text.
    static func each(in document: OpaquePointer, _ visit: (Found) -> Void) {
        CmarkDocument.each(CMARK_NODE_TEXT, in: document) { node in
            guard !isText(cmark_node_previous(node)) else { return }
            // libcmark splits a run of text at each bracket it could not match: the run is
            // joined again, up to the next node that is not text (a line break among them).
            var run = "", next: OpaquePointer? = node
            while let current = next, isText(current) {
                if let literal = cmark_node_get_literal(current) { run += String(cString: literal) }
                next = cmark_node_next(current)
            }
            let line = max(1, Int(cmark_node_get_start_line(node)))
            for (address, isImage) in addresses(in: run) {
                visit(Found(address: address, line: line, isImage: isImage))
            }
        }
    }

    private static func isText(_ node: OpaquePointer?) -> Bool {
        node.map { cmark_node_get_type($0) == CMARK_NODE_TEXT } ?? false
    }

    /// The addresses holding a space written after `](` in `text`, each up to the parenthesis
    /// that closes it (a file named `Ảnh (1).jpg` keeps its own pair), a title in quotes left
    /// out, one holding another `](` left out too; and whether the `[` it closes follows a `!`.
    /// The pairs of brackets and parentheses are matched in one pass over the text: a line of
    /// `](` never closed, sought to the end from each one, took seconds.
    static func addresses(in text: String) -> [(String, Bool)] {
        // Nearly every run of a body's text holds no `](`: told on its bytes, before its letters are counted.
        guard text.utf8.contains(UInt8(ascii: "]")), text.contains("](") else { return [] }
        let characters = Array(text)
        let pairs = Pairs(characters)
        var found: [(String, Bool)] = []
        let starts = characters.indices.dropLast().filter { characters[$0] == "]" && characters[$0 + 1] == "(" }
        for (number, index) in starts.enumerated() {
            // An address holding another `](` is no file's: the one inside it is told (a page of
            // them nested in each other was told as many times, each one whole).
            guard let end = pairs.closing[index + 1], number + 1 == starts.count || starts[number + 1] > end else { continue }
            var address = String(characters[(index + 2)..<end]).trimmed()
            if address.last == "\"", let quote = address.dropLast().lastIndex(of: "\""),
               address[..<quote].last?.isWhitespace == true {
                address = String(address[..<quote]).trimmed()
            }
            guard !address.hasPrefix("<"), address.contains(where: \.isWhitespace) else { continue }
            found.append((address, pairs.opening[index].map { $0 > 0 && characters[$0 - 1] == "!" } ?? false))
        }
        return found
    }

    /// The parenthesis that closes each `(` of a text, and the `[` that each `]` closes, by
    /// their positions in its characters; nil for one that is never closed, or closes none.
    private struct Pairs {
        var closing: [Int?]
        var opening: [Int?]

        init(_ characters: [Character]) {
            closing = Array(repeating: nil, count: characters.count)
            opening = Array(repeating: nil, count: characters.count)
            var parentheses: [Int] = [], brackets: [Int] = []
            for (position, character) in characters.enumerated() {
                switch character {
                case "(": parentheses.append(position)
                case ")": if let open = parentheses.popLast() { closing[open] = position }
                case "[": brackets.append(position)
                case "]": if let open = brackets.popLast() { opening[position] = open }
                default: break
                }
            }
        }
    }
}
