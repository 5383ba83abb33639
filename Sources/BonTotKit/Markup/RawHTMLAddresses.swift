import Foundation

/// The addresses written in raw HTML that a Markdown body holds (`<img src="media/anh.jpg">`,
/// `<a href="../media/bao-cao.pdf">`), read from the text of one of libcmark's HTML nodes (an
/// HTML block, or one tag inside a paragraph), so that a site with `allow_html: true` reads
/// them as it reads a Markdown link's (`MarkdownLinks`, `BodyAddress`): the `src`, `href` and
/// `poster` of every tag, the `data` of an `<object>`, and each candidate of a `srcset`
/// (`<img>`, `<source>`: `media/anh-nho.jpg 480w, media/anh.jpg 2x`, one address each, its
/// descriptor kept) or of a `<link>`'s `imagesrcset` (a picture preloaded in its sizes),
/// however quoted, entities such as `&amp;` undone. Comments and what `<script>` and
/// `<style>` hold are skipped: no browser takes an address from them.
enum RawHTMLAddresses {
    /// One address of a tag: a `src`, `href`, `poster`, `<object data>`, or one candidate of a
    /// `srcset` (or of a `<link>`'s `imagesrcset`).
    struct Address {
        /// Where it is written in the node's text: between its quotes, or, for a candidate of
        /// a `srcset`, the candidate's address alone (without its descriptor).
        let range: Range<String.Index>
        /// The address, entities undone (`media/a&b.jpg` for `media/a&amp;b.jpg`).
        let url: String
        /// True for what the tag shows (a `src`, `srcset`, `poster`, `<object data>`: a
        /// picture, a video), not what it links (an `href`).
        let isSource: Bool
        /// How many lines of the node's text come before it.
        let lineOffset: Int
        /// True for one candidate of a `srcset` (or `imagesrcset`), which shares its attribute's
        /// quotes with the others.
        var isCandidate = false
        /// True for a picture (an `<img>`'s `src`, a `srcset`'s candidate, a video's `poster`, the
        /// `href` of a `<link as="image">` that preloads one), as a message names it; false for
        /// another file a tag shows (`<object data>`, `<source src>`) or links.
        var isPicture = false
    }

    /// The attributes read as one address each, whatever the tag.
    private static let addressAttributes: Set<String> = ["src", "href", "poster"]

    /// The addresses of every tag in `html`, in their order.
    static func addresses(in html: String) -> [Address] {
        var found: [Address] = []
        var lines = LineCount(html)
        var index = html.startIndex
        while let open = html[index...].firstIndex(of: "<") {
            let rest = html[html.index(after: open)...]
            if rest.hasPrefix("!--") {
                index = ByteSearch.range(ofASCII: "-->", in: html, from: rest.startIndex)?.upperBound ?? html.endIndex
                continue
            }
            guard let first = rest.first, first.isLetter else {
                index = rest.startIndex
                continue
            }
            let nameEnd = rest.firstIndex { !($0.isLetter || $0.isNumber || $0 == "-") } ?? html.endIndex
            let name = rest[..<nameEnd].lowercased()
            index = attributes(of: html, tag: name, from: nameEnd, lines: &lines, into: &found)
            if name == "script" || name == "style" {
                index = ByteSearch.range(ofASCII: "</\(name)", in: html, from: index, ignoringCase: true)?.lowerBound ?? html.endIndex
            }
        }
        return found
    }

    /// `html` with each address that `rewrite` gives a new one for written anew (between `"`,
    /// escaped by `MarkupText`); nil when none changed.
    static func rewriting(_ html: String, _ rewrite: (Address) -> String?) -> String? {
        rewriting(html, addresses(in: html).compactMap { address in rewrite(address).map { (address, $0) } })
    }

    /// `html` with each of `changes`, addresses read from it (`addresses(in:)`, in their order)
    /// and their new ones, written anew (between `"`, escaped by `MarkupText`); nil when there
    /// are none. The caller that read the addresses already passes them: the text is not read again.
    static func rewriting(_ html: String, _ changes: [(address: Address, new: String)]) -> String? {
        guard !changes.isEmpty else { return nil }
        var result = "", copied = html.startIndex
        for (address, new) in changes {
            if address.isCandidate {
                // Within the attribute's own quotes, whichever they are: a `'` as a reference.
                result += html[copied..<address.range.lowerBound]
                result += MarkupText.escape(new).replacingOccurrences(of: "'", with: "&#39;")
                copied = address.range.upperBound
                continue
            }
            var start = address.range.lowerBound, end = address.range.upperBound
            if start > html.startIndex, "\"'".contains(html[html.index(before: start)]) {
                start = html.index(before: start)
                // A value whose closing quote is missing runs to the node's end: closed here.
                if end < html.endIndex { end = html.index(after: end) }
            }
            result += html[copied..<start]
            result += "\"" + MarkupText.escape(new) + "\""
            copied = end
        }
        return result + html[copied...]
    }

    /// Reads the attributes of the tag `tag` (lowercased) whose name ends at `start`, adding its
    /// addresses to `found`, each at its line as `lines` counts them; returns where the tag ends
    /// (after its `>`). The `href` of a `<link>` whose `as` is `image` (in any case, before or
    /// after it) is a picture.
    private static func attributes(of html: String, tag: String, from start: String.Index, lines: inout LineCount,
                                   into found: inout [Address]) -> String.Index {
        let first = found.count
        var preloadsPicture = false
        defer {
            if preloadsPicture {
                for position in first..<found.count where !found[position].isSource { found[position].isPicture = true }
            }
        }
        var index = start
        while index < html.endIndex {
            let character = html[index]
            if character == ">" { return html.index(after: index) }
            if character.isWhitespace || character == "/" {
                index = html.index(after: index)
                continue
            }
            let nameEnd = html[index...].firstIndex { $0.isWhitespace || "=>/".contains($0) } ?? html.endIndex
            let name = html[index..<nameEnd].lowercased()
            index = html[nameEnd...].firstIndex { !$0.isWhitespace } ?? html.endIndex
            guard index < html.endIndex, html[index] == "=" else { continue }
            index = html[html.index(after: index)...].firstIndex { !$0.isWhitespace } ?? html.endIndex
            guard index < html.endIndex else { break }
            let value: Range<String.Index>
            if html[index] == "\"" || html[index] == "'" {
                let quote = html[index], valueStart = html.index(after: index)
                let valueEnd = html[valueStart...].firstIndex(of: quote) ?? html.endIndex
                value = valueStart..<valueEnd
                index = valueEnd < html.endIndex ? html.index(after: valueEnd) : valueEnd
            } else {
                let valueEnd = html[index...].firstIndex { $0.isWhitespace || $0 == ">" } ?? html.endIndex
                value = index..<valueEnd
                index = valueEnd
            }
            if name == "as" && tag == "link" {
                preloadsPicture = HTMLCharacterReferences.decoded(html[value]).trimmingCharacters(in: .whitespacesAndNewlines).lowercased() == "image"
            } else if addressAttributes.contains(name) || (name == "data" && tag == "object") {
                let url = HTMLCharacterReferences.decoded(html[value]).trimmingCharacters(in: .whitespacesAndNewlines)
                found.append(Address(range: value, url: url, isSource: name != "href", lineOffset: lines.before(value.lowerBound),
                                     isPicture: name == "poster" || (name == "src" && tag == "img")))
            } else if name == "srcset" || (name == "imagesrcset" && tag == "link") {
                for candidate in SourceSetCandidates.addresses(in: html, value: value) {
                    found.append(Address(range: candidate, url: HTMLCharacterReferences.decoded(html[candidate]), isSource: true,
                                         lineOffset: lines.before(candidate.lowerBound), isCandidate: true,
                                         isPicture: true))
                }
            }
        }
        return index
    }

    /// How many lines of a node's text come before a place in it, counted on from the last
    /// place asked: the addresses are found in the text's order, so its lines are counted once
    /// however many addresses a block holds (not again from its start for each).
    private struct LineCount {
        private let html: String
        private var index: String.Index
        private var count = 0

        init(_ html: String) {
            self.html = html
            index = html.startIndex
        }

        /// How many lines of the text come before `place`, which is not before the last place asked.
        mutating func before(_ place: String.Index) -> Int {
            assert(place >= index, "asked for a place before the last one: the count would be wrong")
            while index < place {
                // A line ends where Markdown ends one, as the file's lines are counted: not at
                // a form feed or a line separator pasted from Word, which `isNewline` takes too.
                if html[index] == "\n" || html[index] == "\r\n" || html[index] == "\r" { count += 1 }
                index = html.index(after: index)
            }
            return count
        }
    }
}
