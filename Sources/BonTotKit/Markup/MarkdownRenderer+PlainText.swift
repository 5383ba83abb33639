import CCmark
import Foundation

extension MarkdownRenderer {
    /// The text of `markdown` without its markup, for the search index: the words of text and
    /// code, blocks and line breaks as one space, a heading ended with a full stop, raw HTML left
    /// out whatever the site allows.
    /// At most `limit` characters, cut at a space.
    public static func plainText(_ markdown: String, limit: Int = .max) -> String {
        // A long body is read only as far as the limit needs: its first blocks, when they hold
        // more than `limit` characters of text. Reference links (`[text][ref]` with `[ref]: …`
        // anywhere) could be defined further down, so such a body is read whole.
        // The blocks of three bytes a character mostly hold enough text (a minutes' body of
        // Vietnamese prose does), else those of eight.
        if limit < .max, limit <= markdown.utf8.count / 3, !ReferenceDefinitions.mayBeIn(markdown) {
            for bytesPerCharacter in [3, 8] {
                if let head = leadingBlocks(of: markdown, bytes: limit * bytesPerCharacter),
                   let text = words(of: head, limit: limit), let end = end(ofFirst: limit, in: text) {
                    return cut(text, at: end)
                }
            }
        }
        return cut(words(of: markdown, limit: limit) ?? "", limit: limit)
    }

    /// The blocks of `markdown` up to the first blank line after `bytes` bytes; nil when there
    /// is none. The caller has made sure that the text defines no reference links.
    private static func leadingBlocks(of markdown: String, bytes: Int) -> String? {
        let utf8 = markdown.utf8
        guard utf8.count > bytes else { return nil }
        var index = utf8.index(utf8.startIndex, offsetBy: bytes)
        var previous: UInt8 = 0
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "\n") && previous == UInt8(ascii: "\n") { return String(markdown[..<index]) }
            previous = byte
            index = utf8.index(after: index)
        }
        return nil
    }

    /// Whether the UTF-8 bytes `piece` are well formed and every character they hold is a single
    /// scalar that never joins the one before it (Latin letters with Vietnamese marks
    /// precomposed, ASCII, common punctuation), so they can be read scalar by scalar with the
    /// result of reading them character by character.
    private static func isReadableByScalar(_ piece: UnsafeBufferPointer<UInt8>) -> Bool {
        var offset = 0
        while offset < piece.count {
            let (scalar, length) = scalar(at: offset, in: piece)
            guard let scalar, scalar.value == 0x0D || isOwnCharacter(scalar),
                  UTF8.width(scalar) == length, (1..<length).allSatisfy({ piece[offset + $0] & 0xC0 == 0x80 })
            else { return false }
            offset += length
        }
        return true
    }

    /// The words of `markdown` (see `plainText`), trimmed, stopping once past `limit` characters.
    /// `readsByScalar: false` reads every piece character by character, as the tests compare.
    static func words(of markdown: String, limit: Int, readsByScalar: Bool = true) -> String? {
        guard let document = CmarkDocument.parse(body: markdown, options: CMARK_OPT_DEFAULT) else { return nil }
        defer { cmark_node_free(document) }
        // A pipe table (`PipeTables`) gives its cells' words, row after row, as the page shows
        // them, not its pipes and dashes.
        let blocks = PipeTables.blocks(in: document, markdown: markdown)
        let tables = Dictionary(blocks.map { ($0.node, $0) }, uniquingKeysWith: { first, _ in first })
        let cells = blocks.isEmpty ? [:] : cellWords(Set(blocks.flatMap { [$0.before] + $0.table.head + $0.table.rows.joined() }),
                                                     body: markdown)
        guard let iterator = cmark_iter_new(document) else { return nil }
        defer { cmark_iter_free(iterator) }
        // The text is gathered as UTF-8 bytes: appending to a String scalar by scalar was a
        // twentieth of a clean build.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(markdown.utf8.count, limit < .max ? limit * 4 : markdown.utf8.count))
        var count = 0
        var endsWithSpace = false
        var last: Character?
        func space() {
            if !bytes.isEmpty, !endsWithSpace {
                bytes.append(UInt8(ascii: " "))
                count += 1
                endsWithSpace = true
                last = " "
            }
        }
        // A piece is read from its UTF-8 bytes, cmark's own for a text: making a String of each
        // one and encoding its scalars again was a hundredth of a clean build.
        func add(_ piece: UnsafeBufferPointer<UInt8>) {
            if readsByScalar, isReadableByScalar(piece) {
                // Gathered in local variables, the captured ones read and set once a piece: each
                // access to a captured variable is checked for exclusivity at run time.
                var gathered = bytes, gatheredCount = count, spaced = endsWithSpace
                bytes = []
                var lastKept: Unicode.Scalar?
                // The bytes between white spaces are copied a run at a time.
                var offset = 0, run = 0
                while offset < piece.count {
                    let (scalar, length) = scalar(at: offset, in: piece)
                    // Answered without Unicode's property tables (a fiftieth of a build): of the
                    // scalars `isOwnCharacter` lets through, the white space is ASCII's, U+0085
                    // and the no-break space.
                    let value = scalar!.value
                    if value == 0x20 || (0x09...0x0D).contains(value) || value == 0x85 || value == 0xA0 {
                        if run < offset { gathered.append(contentsOf: UnsafeBufferPointer(rebasing: piece[run..<offset])) }
                        run = offset + length
                        if !gathered.isEmpty, !spaced {
                            gathered.append(UInt8(ascii: " "))
                            gatheredCount += 1
                            spaced = true
                            lastKept = " "
                        }
                    } else {
                        gatheredCount += 1
                        spaced = false
                        lastKept = scalar
                    }
                    offset += length
                }
                if run < piece.count { gathered.append(contentsOf: UnsafeBufferPointer(rebasing: piece[run...])) }
                bytes = gathered
                count = gatheredCount
                endsWithSpace = spaced
                if let lastKept { last = Character(lastKept) }
                return
            }
            for character in String(decoding: piece, as: UTF8.self) {
                if character.isWhitespace {
                    space()
                } else {
                    bytes.append(contentsOf: character.utf8)
                    count += 1
                    endsWithSpace = false
                    last = character
                }
            }
        }
        func add(_ piece: StaticString) {
            piece.withUTF8Buffer { add($0) }
        }
        func add(literal: UnsafePointer<CChar>) {
            add(UnsafeBufferPointer(start: UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self), count: strlen(literal)))
        }
        while count <= limit {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            if event == CMARK_EVENT_ENTER, let block = tables[node] {
                for cell in ([[block.before]] + [block.table.head] + block.table.rows).joined() where count <= limit {
                    var text = cells[cell] ?? ""
                    text.withUTF8 { add($0) }
                    add(" ")
                }
                cmark_iter_reset(iterator, node, CMARK_EVENT_EXIT)
                continue
            }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(node) { add(literal: literal) }
            case CMARK_NODE_CODE_BLOCK:
                if let literal = cmark_node_get_literal(node) { add(literal: literal) }
                add(" ")
            case CMARK_NODE_HEADING:
                // "Diễn biến. Vào hồi…": a heading ends like a sentence, so snippets read well.
                if event == CMARK_EVENT_EXIT, let last, last.isLetter || last.isNumber { add(".") }
                add(" ")
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_PARAGRAPH, CMARK_NODE_ITEM:
                add(" ")
            default:
                break
            }
        }
        // White space is gathered as single spaces, never first: a last one is dropped here, so
        // that trimming has nothing left to do (Foundation's copies the text to UTF-16 to trim it).
        if bytes.last == UInt8(ascii: " ") { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self).trimmed(.whitespaces)
    }

    /// The words of each of a body's table cells (`PipeTableCells`), as the page shows them: a
    /// cell of raw HTML has none, one read as a block however written is its text as typed.
    private static func cellWords(_ texts: Set<String>, body: String) -> [String: String] {
        PipeTableCells.withParagraphs(of: texts, body: body, options: CMARK_OPT_DEFAULT) { _, paragraphs in
            var words: [String: String] = [:]
            for text in texts {
                words[text] = paragraphs[text].map(inlineWords) ?? (text.hasPrefix("<") ? "" : text)
            }
            return words
        }
    }

    /// The words of a paragraph's inline text: its text and code, a line end as a space.
    private static func inlineWords(_ paragraph: OpaquePointer) -> String {
        var words = ""
        guard let iterator = cmark_iter_new(paragraph) else { return words }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(node) { words += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                words += " "
            default:
                break
            }
        }
        return words
    }

    /// `text` cut to at most `limit` characters, at the last space before the limit, with `…`.
    static func cut(_ text: String, limit: Int) -> String {
        end(ofFirst: limit, in: text).map { cut(text, at: $0) } ?? text
    }

    /// `text` cut at the last space before `end`, with `…`.
    private static func cut(_ text: String, at end: String.Index) -> String {
        let head = text[..<end]
        let cutAt = head.lastIndex(of: " ") ?? head.endIndex
        return String(head[..<cutAt]) + "…"
    }

    /// Where the first `limit` characters of `text` end, when it has more; nil when it has no
    /// more than `limit` (known without walking its characters when its bytes are no more).
    private static func end(ofFirst limit: Int, in text: String) -> String.Index? {
        guard limit < .max, text.utf8.count > limit else { return nil }
        switch scalarEnd(ofFirst: limit, in: text) {
        case .offset(let offset): return text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        case .fewer: return nil
        case .joining:
            guard let end = text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex),
                  end < text.endIndex else { return nil }
            return end
        }
    }

    /// How counting the first `limit` scalars of a text ended (`scalarEnd`).
    private enum ScalarEnd {
        /// At this UTF-8 offset, where the scalar after them starts.
        case offset(Int)
        /// The text has no more than `limit` scalars.
        case fewer
        /// A scalar that may join the one before it was met first.
        case joining
    }

    /// Scalars that are each a character of their own are counted as scalars, read from the
    /// UTF-8 bytes, without Unicode's rules for joining characters (a hundredth of a clean
    /// build); the first one that may join the scalar before it sends the text to those rules.
    private static func scalarEnd(ofFirst limit: Int, in text: String) -> ScalarEnd {
        var text = text
        return text.withUTF8 { bytes in
            var offset = 0, count = 0
            while offset < bytes.count {
                let (scalar, length) = scalar(at: offset, in: bytes)
                guard let scalar, isOwnCharacter(scalar) else { return .joining }
                if count == limit { return .offset(offset) }
                count += 1
                offset += length
            }
            return .fewer
        }
    }

    /// The scalar whose UTF-8 bytes start at `offset` of the UTF-8 text `bytes`, and how many
    /// bytes it takes; nil for bytes that are no scalar.
    private static func scalar(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Unicode.Scalar?, Int) {
        let lead = bytes[offset]
        guard lead >= 0x80 else { return (Unicode.Scalar(lead), 1) }
        let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard offset + length <= bytes.count else { return (nil, 1) }
        var value = UInt32(lead) & (0xFF >> (length + 1))
        for next in 1..<length {
            value = value << 6 | UInt32(bytes[offset + next] & 0x3F)
        }
        return (Unicode.Scalar(value), length)
    }

    /// Whether `scalar` is a character of its own, joined neither to the scalar before it nor to
    /// the one after it: the scalars `isReadableByScalar` reads, but a carriage return (which
    /// joins a line feed after it).
    private static func isOwnCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0D: return false
        case 0..<0x300, 0x1E00..<0x1F00, 0x2010..<0x2028, 0x2030..<0x205F: return true
        default: return false
        }
    }
}
