import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One XML element with its attributes, children and text, names without their namespace
/// prefix (`w:p` is `p`): the parts of an Office package use one vocabulary each, so the
/// prefix says nothing the reader needs.
final class XMLPartNode {
    let name: String
    let attributes: [String: String]
    var children: [XMLPartNode] = []
    /// The character data directly inside this element.
    var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// An attribute by its local name (`val` finds `w:val`).
    subscript(_ attribute: String) -> String? { attributes[attribute] }

    func child(_ name: String) -> XMLPartNode? { children.first { $0.name == name } }

    func children(named name: String) -> [XMLPartNode] { children.filter { $0.name == name } }

    /// Every element below this one, depth first, in document order.
    func descendants(named name: String) -> [XMLPartNode] {
        var found: [XMLPartNode] = []
        for child in children {
            if child.name == name { found.append(child) }
            found += child.descendants(named: name)
        }
        return found
    }
}

/// A parsed XML part.
struct XMLTree {
    let root: XMLPartNode

    /// The name of the children that hold text between elements, with `keepingTextOrder`.
    static let textNodeName = "#text"

    /// Parses `data`. With `keepingTextOrder` (OpenDocument, whose paragraphs mix text and
    /// elements: `Họp <text:span>chi bộ</text:span> tháng 9`), each stretch of text is also a
    /// child named `#text` in its place among the elements.
    static func parse(_ data: Data, part: String, keepingTextOrder: Bool = false) throws(OfficeError) -> XMLTree {
        // Bytes that are no UTF-8 in a name (`<c\u{FF}…>`, a file half overwritten) pass through
        // libxml2, which recovers from errors, to Foundation's parser, which stops the program on
        // them: a part is read only in the encodings Office and OpenDocument write it in.
        guard isUnicode(data) else {
            throw .malformedPart(part, detail: "có byte không phải UTF-8 hay UTF-16, tệp bị ghi đè hoặc hỏng")
        }
        let builder = Builder()
        builder.keepsTextOrder = keepingTextOrder
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = builder
        // Foundation's parser on Linux answers true for a part cut short (an unclosed element at
        // its end), the error only set: rows or paragraphs past the cut would be lost in silence.
        // It answers true with the error set for libxml2's warnings too (`version="1.1"`,
        // `xml:space="Preserve"`, a namespace URI with a space, an undeclared prefix), after
        // reading the whole part: those parts are read, as they always were.
        guard parser.parse(), !endsOutOfPlace(parser.parserError), let root = builder.root else {
            throw .malformedPart(part, detail: parser.parserError.map { problem(of: $0, line: parser.lineNumber) } ?? "trống")
        }
        return XMLTree(root: root)
    }

    /// libxml2's XML_ERR_DOCUMENT_END, the number Foundation passes on (its own enum on Linux
    /// numbers the cases one lower): the part ends inside an element, or goes on after its end.
    private static let documentEndCode = 5

    /// True when `error` says the part did not end where its root element does.
    private static func endsOutOfPlace(_ error: Error?) -> Bool {
        error.map { ($0 as NSError).code == documentEndCode } ?? false
    }

    /// What the parser found wrong, in words: Foundation's own description is English, and on
    /// Linux only a domain and a number ("NSXMLParserErrorDomain error 5").
    private static func problem(of error: Error, line: Int) -> String {
        let code = (error as NSError).code
        if code == documentEndCode {
            return "dòng \(line): XML dừng giữa chừng hoặc còn nội dung sau chỗ kết thúc, tệp bị cắt cụt hoặc ghi dở"
        }
        return "dòng \(line): lỗi XML số \(code)"
    }

    /// Whether `data` is UTF-8, or UTF-16 marked by its byte-order mark or by the zero byte
    /// beside its first `<`: the encodings of a package's XML parts (ECMA-376, OpenDocument).
    static func isUnicode(_ data: Data) -> Bool {
        let head = Array(data.prefix(2))
        switch head {
        case [0xFE, 0xFF], [0xFF, 0xFE]: return String(data: data, encoding: .utf16) != nil
        case [0x3C, 0x00]: return String(data: data, encoding: .utf16LittleEndian) != nil
        case [0x00, 0x3C]: return String(data: data, encoding: .utf16BigEndian) != nil
        default: return String(validating: data, as: UTF8.self) != nil
        }
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: XMLPartNode?
        var stack: [XMLPartNode] = []
        var keepsTextOrder = false

        static func local(_ name: String) -> String {
            name.firstIndex(of: ":").map { String(name[name.index(after: $0)...]) } ?? name
        }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String]) {
            var local: [String: String] = [:]
            for (key, value) in attributes {
                local[Self.local(key)] = value
                if key.contains(":") { local[key] = value }
            }
            let node = XMLPartNode(name: Self.local(elementName), attributes: local)
            if let parent = stack.last { parent.children.append(node) } else { root = node }
            stack.append(node)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            _ = stack.popLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard let parent = stack.last else { return }
            parent.text += string
            guard keepsTextOrder else { return }
            if let last = parent.children.last, last.name == XMLTree.textNodeName {
                last.text += string
            } else {
                let node = XMLPartNode(name: XMLTree.textNodeName, attributes: [:])
                node.text = string
                parent.children.append(node)
            }
        }
    }
}
