import Mustache

/// What a template that does not parse tells the office, in Vietnamese / English: one wording for
/// each error of swift-mustache 2.1.1's parser (`MustacheTemplate.Error`), naming the section
/// involved, at a line of the template's own text (not counting the hidden first line
/// `HTMLEscaping.pragma`, and never before the first line or past the last).
struct TemplateParseProblem {
    /// The 1-based line in the template's own text.
    var line: Int
    /// The message, "Vietnamese / English".
    var message: String

    /// The problem of `error`, thrown parsing `HTMLEscaping.pragma + text`.
    init(_ error: Error, text: String) {
        let parserError = error as? MustacheTemplate.ParserError
        let hiddenLines = HTMLEscaping.pragma.filter(\.isNewline).count
        let parserLine = (parserError?.context.lineNumber ?? 1) - hiddenLines
        let outline = TemplateOutline(text, template: "")
        let (line, vietnamese, english) = Self.wording(parserError?.error ?? error, parserLine: parserLine, outline: outline)
        self.line = min(max(line, 1), Self.lineCount(text))
        message = "mẫu Mustache không hợp lệ: \(vietnamese) / invalid Mustache template: \(english)"
    }

    /// The line the problem lies at, and its Vietnamese and English wording.
    private static func wording(_ error: Error, parserLine: Int, outline: TemplateOutline) -> (Int, String, String) {
        guard let error = error as? MustacheTemplate.Error else {
            // The parser's own `Parser.Error.overflow`, not public: the text ended inside a tag.
            guard let unfinished = outline.unfinishedTagLine else {
                return (parserLine, "mẫu hết giữa chừng một thẻ viết sai", "the template ends inside a malformed tag")
            }
            return (unfinished, "thẻ mở bằng '{{' không được đóng bằng '}}'", "a tag opened with '{{' is never closed with '}}'")
        }
        switch error {
        case .expectedSectionEnd:
            guard let open = outline.leftOpen.last else {
                return (parserLine, "có mục chưa được đóng", "a section is never closed")
            }
            return (open.line, "\(open.kindInVietnamese) '\(open.openingTag)' mở ở dòng \(open.line) chưa được đóng bằng '{{/\(open.name)}}'",
                    "\(open.kindInEnglish) '\(open.name)' is never closed")
        case .sectionCloseNameIncorrect:
            guard let wrong = outline.wrongClose else {
                return (parserLine, "thẻ đóng không khớp với mục đang mở", "a closing tag does not match the open section")
            }
            let close = "'{{/\(wrong.close.name)}}'"
            guard let open = wrong.open else {
                return (parserLine, "thẻ đóng \(close) không đóng mục nào đang mở", "closing tag \(close) closes no open section")
            }
            return (parserLine,
                    "thẻ đóng \(close) không khớp \(open.kindInVietnamese) '\(open.openingTag)' mở ở dòng \(open.line) (cần '{{/\(open.name)}}')",
                    "closing tag \(close) does not match \(open.kindInEnglish) '\(open.name)' opened at line \(open.line) "
                        + "(expected '{{/\(open.name)}}')")
        case .unfinishedName:
            return (parserLine, "thẻ viết sai: tên có ký tự không được phép hoặc thiếu '}}'",
                    "malformed tag: its name has a character not allowed, or '}}' is missing")
        case .invalidSetDelimiter:
            return (parserLine, "thẻ đổi dấu phân cách viết sai (dạng đúng: '{{=<% %>=}}')",
                    "malformed set-delimiter tag (the form is '{{=<% %>=}}')")
        case .transformAppliedToInheritanceSection:
            return (parserLine, "không áp được hàm biến đổi cho khối '{{$…}}'", "a transform cannot be applied to a block '{{$…}}'")
        case .illegalTokenInsideInheritSection, .textInsideInheritSection:
            guard let (parent, stray) = firstStray(in: outline.nodes) else {
                return (parserLine, "trong mẫu cha '{{<…}}' chỉ được đặt các khối '{{$…}}'",
                        "inside a parent '{{<…}}' only blocks '{{$…}}' may stand")
            }
            return (stray.line, "trong mẫu cha '{{<\(parent.name)}}' chỉ được đặt các khối '{{$…}}', không được đặt '\(stray.openingTag)'",
                    "inside parent '\(parent.name)' only blocks '{{$…}}' may stand, not '\(stray.openingTag)'")
        case .invalidConfigVariableSyntax:
            return (parserLine, "thẻ cấu hình '{{%…}}' viết sai (dạng đúng: '{{% TÊN: giá-trị}}')",
                    "malformed pragma '{{%…}}' (the form is '{{% NAME: value}}')")
        case .unrecognisedConfigVariable:
            return (parserLine, "thẻ cấu hình '{{%…}}' không được hỗ trợ", "unsupported pragma '{{%…}}'")
        }
    }

    /// The first parent, depth first, with a tag other than a block directly inside it, and that tag.
    private static func firstStray(in nodes: [TemplateOutline.Node]) -> (TemplateOutline.Node, TemplateOutline.Node)? {
        for node in nodes {
            if node.kind == .parent, let stray = node.children.first(where: { $0.kind != .block }) { return (node, stray) }
            if let found = firstStray(in: node.children) { return found }
        }
        return nil
    }

    /// How many lines `text` has (a last line break ends the last line, it starts none); at least one.
    static func lineCount(_ text: String) -> Int {
        let breaks = text.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        return max(1, text.utf8.last == 0x0A ? breaks : breaks + 1)
    }
}

extension TemplateOutline.Node {
    /// The tag that opens this node, as written (`{{#x}}`, `{{<layout}}`).
    var openingTag: String {
        switch kind {
        case .variable: "{{\(name)}}"
        case .section: "{{#\(name)}}"
        case .invertedSection: "{{^\(name)}}"
        case .partial: "{{>\(name)}}"
        case .parent: "{{<\(name)}}"
        case .block: "{{$\(name)}}"
        }
    }

    /// What the node is called in Vietnamese messages.
    var kindInVietnamese: String {
        switch kind {
        case .parent: "mẫu cha"
        case .block: "khối"
        case .partial: "mẫu con"
        default: "mục"
        }
    }

    /// What the node is called in English messages.
    var kindInEnglish: String {
        switch kind {
        case .parent: "parent"
        case .block: "block"
        case .partial: "partial"
        default: "section"
        }
    }
}
