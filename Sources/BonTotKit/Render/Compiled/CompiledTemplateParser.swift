/// Parses a template as swift-mustache 2.1.1's parser does (`Template+Parser.swift`), line by
/// line on `Character`s, with its rules for standalone tags and indented partials, so that the
/// compiled template renders the same bytes. Returns nil for a template using anything else.
struct CompiledTemplateParser {
    private let characters: [Character]
    private var position = 0

    private struct State {
        var sectionName: String?
        var newLine = true
        /// Inside `{{<parent}}…{{/parent}}`.
        var isPartialDefinition = false
        /// Directly inside it, where `{{$block}}` defines a block.
        var isPartialDefinitionTopLevel = false
        /// The whitespace of a block definition's first line, taken off its other lines.
        var partialDefinitionIndent: String?

        func withSectionName(_ name: String, newLine: Bool) -> State {
            var state = self
            state.sectionName = name
            state.isPartialDefinitionTopLevel = false
            if !newLine { state.newLine = false }
            return state
        }

        func withInheritancePartial(_ name: String) -> State {
            var state = self
            state.sectionName = name
            state.newLine = true
            state.isPartialDefinition = true
            state.isPartialDefinitionTopLevel = true
            return state
        }
    }

    private struct Unsupported: Error {}

    private static let nameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
    private static let nameCharactersWithoutBrackets = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
    private static let partialNameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/")
    /// The only pragma compiled: the one `Theme` puts first in every template.
    static let contentTypePragma = ("CONTENT_TYPE", HTMLEscaping.name)

    /// The template of `text`, or nil when it uses what is not compiled or does not parse.
    static func parse(_ text: String) -> CompiledTemplate? {
        var parser = CompiledTemplateParser(characters: Array(text))
        guard let nodes = try? parser.parse(State()) else { return nil }
        return CompiledTemplate(nodes: nodes)
    }

    private init(characters: [Character]) {
        self.characters = characters
    }

    private var reachedEnd: Bool { position >= characters.count }
    private var current: Character { reachedEnd ? "\0" : characters[position] }

    private mutating func parse(_ initial: State) throws -> [CompiledTemplate.Node] {
        var nodes: [CompiledTemplate.Node] = []
        var state = initial
        var whiteSpaceBefore = ""
        while !reachedEnd {
            if state.newLine {
                let whiteSpace = read(while: { $0 == " " || $0 == "\t" })
                if state.isPartialDefinition, !state.isPartialDefinitionTopLevel {
                    if let indent = state.partialDefinitionIndent {
                        whiteSpaceBefore = String(whiteSpace.dropFirst(indent.count))
                    } else {
                        state.partialDefinitionIndent = whiteSpace
                    }
                } else {
                    whiteSpaceBefore = whiteSpace
                }
            }
            let text = try readUntilDelimiterOrNewline()
            if current.isNewline {
                nodes.append(.text(whiteSpaceBefore + text + String(current)))
                state.newLine = true
                position += 1
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(whiteSpaceBefore + text))
                whiteSpaceBefore = ""
                state.newLine = false
            }
            if reachedEnd { break }
            var setNewLine = false
            switch current {
            case "#", "^":
                let inverted = current == "^"
                position += 1
                let name = try parseName()
                if isStandalone(state) {
                    setNewLine = true
                } else {
                    flush(&whiteSpaceBefore, into: &nodes)
                }
                let body = try parse(state.withSectionName(name, newLine: setNewLine))
                nodes.append(.section(CompiledTemplate.Lookup(name), inverted: inverted, body: body))
            case "/":
                position += 1
                let name = try parseName()
                guard name == state.sectionName else { throw Unsupported() }
                if !isStandalone(state), !whiteSpaceBefore.isEmpty {
                    nodes.append(.text(whiteSpaceBefore))
                }
                return nodes
            case "!":
                position += 1
                guard let end = find("}}") else { throw Unsupported() }
                position = end + 2
                setNewLine = isStandalone(state)
            case "{":
                flush(&whiteSpaceBefore, into: &nodes)
                position += 1
                let name = try parseName()
                guard current == "}" else { throw Unsupported() }
                position += 1
                nodes.append(.variable(CompiledTemplate.Lookup(name), escaped: false))
            case "&":
                flush(&whiteSpaceBefore, into: &nodes)
                position += 1
                let name = try parseName()
                nodes.append(.variable(CompiledTemplate.Lookup(name), escaped: false))
            case ">":
                position += 1
                _ = read(while: \.isWhitespace)
                guard current != "*" else { throw Unsupported() }
                _ = read(while: \.isWhitespace)
                let name = read(while: { Self.partialNameCharacters.contains($0) })
                _ = read(while: \.isWhitespace)
                guard readString("}}") else { throw Unsupported() }
                if !whiteSpaceBefore.isEmpty {
                    nodes.append(.text(whiteSpaceBefore))
                }
                if isStandalone(state) {
                    setNewLine = true
                    nodes.append(.partial(name, indentation: whiteSpaceBefore, overrides: nil))
                } else {
                    nodes.append(.partial(name, indentation: nil, overrides: nil))
                }
                whiteSpaceBefore = ""
            case "<":
                position += 1
                _ = read(while: \.isWhitespace)
                _ = read(while: \.isWhitespace)
                let name = read(while: { Self.partialNameCharacters.contains($0) })
                _ = read(while: \.isWhitespace)
                guard readString("}}"), name.first != "*" else { throw Unsupported() }
                if !whiteSpaceBefore.isEmpty {
                    nodes.append(.text(whiteSpaceBefore))
                }
                if isStandalone(state) { setNewLine = true }
                var overrides: [String: [CompiledTemplate.Node]] = [:]
                for node in try parse(state.withInheritancePartial(name)) {
                    switch node {
                    case .blockDefinition(let block, let body): overrides[block] = body
                    case .text: break
                    default: throw Unsupported()
                    }
                }
                nodes.append(.partial(name, indentation: whiteSpaceBefore, overrides: overrides))
                whiteSpaceBefore = ""
            case "$":
                position += 1
                let name = try parseName()
                if state.isPartialDefinitionTopLevel {
                    if isStandalone(state) { setNewLine = true }
                    let body = try parse(state.withSectionName(name, newLine: setNewLine))
                    nodes.append(.blockDefinition(name, body: body))
                } else {
                    if !whiteSpaceBefore.isEmpty {
                        nodes.append(.text(whiteSpaceBefore))
                    }
                    if isStandalone(state) { setNewLine = true }
                    let body = try parse(state.withSectionName(name, newLine: setNewLine))
                    nodes.append(.block(name, defaultBody: body, indentation: whiteSpaceBefore))
                    whiteSpaceBefore = ""
                }
            case "%":
                position += 1
                _ = read(while: \.isWhitespace)
                let variable = read(while: { Self.nameCharactersWithoutBrackets.contains($0) })
                _ = read(while: \.isWhitespace)
                guard readString(":") else { throw Unsupported() }
                _ = read(while: \.isWhitespace)
                let value = read(while: { Self.nameCharactersWithoutBrackets.contains($0) })
                _ = read(while: \.isWhitespace)
                guard readString("}}"), (variable, value) == Self.contentTypePragma else { throw Unsupported() }
                setNewLine = isStandalone(state)
            case "=":
                throw Unsupported()
            default:
                flush(&whiteSpaceBefore, into: &nodes)
                let name = try parseName()
                nodes.append(.variable(CompiledTemplate.Lookup(name), escaped: true))
            }
            state.newLine = setNewLine
        }
        guard state.sectionName == nil else { throw Unsupported() }
        return nodes
    }

    /// Puts the whitespace read before a tag into the text, when there is some.
    private func flush(_ whiteSpace: inout String, into nodes: inout [CompiledTemplate.Node]) {
        guard !whiteSpace.isEmpty else { return }
        nodes.append(.text(whiteSpace))
        whiteSpace = ""
    }

    /// Text up to a line's end or a tag's `{{` (which is read).
    private mutating func readUntilDelimiterOrNewline() throws -> String {
        var text = ""
        while !reachedEnd {
            let start = position
            while !reachedEnd, characters[position] != "\n", characters[position] != "\r\n", characters[position] != "{" {
                position += 1
            }
            text += String(characters[start..<position])
            if current.isNewline {
                break
            } else if current == "{" {
                if readString("{{") { break }
                text += "{"
                position += 1
            }
        }
        return text
    }

    /// A tag's name up to its `}}` (read); names with transforms are not compiled.
    private mutating func parseName() throws -> String {
        _ = read(while: \.isWhitespace)
        let name = read(while: { Self.nameCharacters.contains($0) })
        _ = read(while: \.isWhitespace)
        guard readString("}}") else { throw Unsupported() }
        guard !name.contains("("), !name.contains(")") else { throw Unsupported() }
        return name
    }

    /// True when the tag just read began its line and ends it (then the line's end is read).
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if reachedEnd { return true }
        var probe = position
        while probe < characters.count, characters[probe] == " " || characters[probe] == "\t" { probe += 1 }
        if probe < characters.count, characters[probe].isNewline {
            position = probe + 1
            return true
        }
        return false
    }

    private mutating func read(while accepts: (Character) -> Bool) -> String {
        let start = position
        while !reachedEnd, accepts(characters[position]) { position += 1 }
        return String(characters[start..<position])
    }

    private mutating func readString(_ string: String) -> Bool {
        let wanted = Array(string)
        guard position + wanted.count <= characters.count, Array(characters[position..<position + wanted.count]) == wanted else {
            return false
        }
        position += wanted.count
        return true
    }

    private func find(_ string: String) -> Int? {
        let wanted = Array(string)
        var index = position
        while index + wanted.count <= characters.count {
            if Array(characters[index..<index + wanted.count]) == wanted { return index }
            index += 1
        }
        return nil
    }
}
