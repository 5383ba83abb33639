/// The tags of a Mustache template as a tree, each with its line: what the key check walks.
/// It reads only what it needs (variables, sections, partials, parents and blocks); the
/// Mustache library itself still parses and renders the template.
struct TemplateOutline: Sendable {
    /// One tag, with the tags nested inside it for sections, parents and blocks.
    struct Node: Sendable {
        /// What the tag is: a value, a section (plain or inverted), a partial, a parent or a block.
        enum Kind: Sendable {
            case variable
            case section
            case invertedSection
            case partial
            /// `{{<layout}}…{{/layout}}`: renders `layout` with the blocks given inside.
            case parent
            /// `{{$main}}…{{/main}}`: a block a parent defines or a child overrides.
            case block
        }

        var kind: Kind
        var name: String
        var line: Int
        /// The template this tag is written in.
        var template: String
        var children: [Node] = []
        /// The tag's number among the tags of all a theme's templates, which the key check
        /// remembers it by (`TemplateKeyCheck`); 0 until the check numbers it.
        var id = 0
    }

    var nodes: [Node]
    /// The sections, parents and blocks opened and never closed, outermost first.
    private(set) var leftOpen: [Node] = []
    /// The first closing tag that closes nothing open under its name, with the tag it would
    /// close (nil when nothing is open).
    private(set) var wrongClose: (close: Node, open: Node?)?
    /// The line of a `{{` with no `}}` after it.
    private(set) var unfinishedTagLine: Int?

    /// Outlines `text`, the template named `template`.
    init(_ text: String, template: String) {
        nodes = []
        var stack: [Node] = [Node(kind: .section, name: "", line: 0, template: template)]
        var line = 1
        var bytes = Array(text.utf8)[...]
        while let open = Self.find([0x7B, 0x7B], in: bytes) {
            line += bytes[bytes.startIndex..<open].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            let triple = bytes.index(open, offsetBy: 2) < bytes.endIndex && bytes[open + 2] == 0x7B
            let start = open + (triple ? 3 : 2)
            guard let close = Self.find([0x7D, 0x7D], in: bytes[start...]) else {
                unfinishedTagLine = line
                break
            }
            let tag = String(decoding: bytes[start..<close], as: UTF8.self)
            line += tag.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            var end = close + 2
            if triple, end < bytes.endIndex, bytes[end] == 0x7D { end += 1 }
            bytes = bytes[end...]
            add(tag, triple: triple, line: line, template: template, to: &stack)
        }
        leftOpen = Array(stack.dropFirst())
        while stack.count > 1 {
            let node = stack.removeLast()
            stack[stack.count - 1].children.append(node)
        }
        nodes = stack[0].children
    }

    private mutating func add(_ tag: String, triple: Bool, line: Int, template: String, to stack: inout [Node]) {
        let sigil = triple ? "&" : tag.first.map(String.init) ?? ""
        let name = (triple ? tag : String(tag.dropFirst("#^/>&<$!%=".contains(sigil) ? 1 : 0)))
            .trimmingCharacters(in: .whitespacesAndNewlines)
        func node(_ kind: Node.Kind) -> Node { Node(kind: kind, name: name, line: line, template: template) }
        switch sigil {
        case "!", "%", "=":
            return
        case "#": stack.append(node(.section))
        case "^": stack.append(node(.invertedSection))
        case "<": stack.append(node(.parent))
        case "$": stack.append(node(.block))
        case ">": stack[stack.count - 1].children.append(node(.partial))
        case "/":
            guard stack.count > 1, stack[stack.count - 1].name == name else {
                if wrongClose == nil { wrongClose = (node(.section), stack.count > 1 ? stack[stack.count - 1] : nil) }
                return
            }
            let closed = stack.removeLast()
            stack[stack.count - 1].children.append(closed)
        default:
            stack[stack.count - 1].children.append(node(.variable))
        }
    }

    private static func find(_ pattern: [UInt8], in bytes: ArraySlice<UInt8>) -> Int? {
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            if bytes[index] == pattern[0] && bytes[index + 1] == pattern[1] { return index }
            index += 1
        }
        return nil
    }
}
