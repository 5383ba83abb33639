/// A Mustache template parsed once into a tree that renders without the library's dynamic
/// casts: the same output, byte for byte, as swift-mustache gives for the tags a theme of bontot
/// uses (values, `{{{…}}}` and `{{&…}}`, sections, inverted sections, partials, parents and
/// blocks, comments and the content-type pragma). A template with any other tag (set
/// delimiters, transforms, dynamic partials, other pragmas) is not compiled (`CompiledTemplateParser` returns nil), and the
/// theme is then rendered by swift-mustache alone.
struct CompiledTemplate: Sendable {
    /// One parsed tag or run of text.
    indirect enum Node: Sendable {
        case text(String)
        /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}`.
        case variable(Lookup, escaped: Bool)
        /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when inverted.
        case section(Lookup, inverted: Bool, body: [Node])
        /// `{{>name}}` (`indentation` given when the tag stands alone on its line), or
        /// `{{<name}}…{{/name}}` with the blocks it overrides.
        case partial(String, indentation: String?, overrides: [String: [Node]]?)
        /// `{{$name}}default{{/name}}` in a parent: the block a child overrides.
        case block(String, defaultBody: [Node], indentation: String)
        /// `{{$name}}…{{/name}}` inside `{{<parent}}`: only while parsing, gathered into `overrides`.
        case blockDefinition(String, body: [Node])
    }

    /// Where a tag's value is found, as swift-mustache looks it up.
    enum Lookup: Sendable {
        /// `{{.}}`: the innermost value.
        case current
        /// `{{.a.b}}`: from the innermost value only.
        case local([Key])
        /// `{{a.b}}`: `a` from the innermost value that has it, then `b` inside it.
        case stack([Key])

        init(_ name: String) {
            if name == "." {
                self = .current
                return
            }
            let parts = name.split(separator: ".").map { Key(String($0)) }
            if parts.isEmpty {
                self = .current
            } else if name.first == "." {
                self = .local(parts)
            } else {
                self = .stack(parts)
            }
        }
    }

    /// One name of a lookup, with the number a view model's shape finds it by
    /// (`TemplateKeyNumbers`).
    struct Key: Sendable {
        let name: String
        let number: Int

        init(_ name: String) {
            self.name = name
            number = TemplateKeyNumbers.shared.number(of: name)
        }
    }

    let nodes: [Node]
}
