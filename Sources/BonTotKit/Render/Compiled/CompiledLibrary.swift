import Mustache

/// The templates of a theme compiled (`CompiledTemplate`), rendered as swift-mustache's
/// `MustacheLibrary` renders them: the same lookups through the context stack, the same
/// sections, the same indentation of standalone partials, the same escaping (`HTMLEscaping`),
/// but on the few kinds of values a view model is made of (`TemplateValue`) without asking the
/// Swift runtime which protocols each value conforms to at every tag.
struct CompiledLibrary: Sendable {
    private let templates: [String: CompiledTemplate]

    /// The library of `texts` (name → the text the Mustache library is given), or nil when one
    /// of them uses what is not compiled.
    init?(texts: [String: String]) {
        var templates: [String: CompiledTemplate] = [:]
        for (name, text) in texts {
            guard let template = CompiledTemplateParser.parse(text) else { return nil }
            templates[name] = template
        }
        self.templates = templates
    }

    /// `value` rendered with the template `name`; nil when there is no such template.
    func render(_ value: Any, withTemplate name: String) -> String? {
        guard let template = templates[name] else { return nil }
        var output = ""
        var stack = [Frame(value)]
        render(template.nodes, stack: &stack, indentation: nil, inherited: nil, into: &output)
        return output
    }

    private func render(_ nodes: [CompiledTemplate.Node], stack: inout [Frame], indentation: String?,
                        inherited: [String: [CompiledTemplate.Node]]?, into output: inout String) {
        guard let indentation, !indentation.isEmpty else {
            for node in nodes { render(node, stack: &stack, indentation: indentation, inherited: inherited, into: &output) }
            return
        }
        // As swift-mustache indents a partial: before each piece that is not empty, when what
        // this template has written so far ends a line.
        let start = output.utf8.count
        for node in nodes {
            let before = output.utf8.count
            let endsLine = before > start && Self.endsWithNewline(output)
            render(node, stack: &stack, indentation: indentation, inherited: inherited, into: &output)
            if endsLine, output.utf8.count > before {
                output.insert(contentsOf: indentation, at: output.utf8.index(output.utf8.startIndex, offsetBy: before))
            }
        }
    }

    /// True when the last character of `text` is "\n" (not "\r\n", one character in Swift).
    private static func endsWithNewline(_ text: String) -> Bool {
        let bytes = text.utf8
        guard let last = bytes.last, last == 0x0A else { return false }
        return bytes.count < 2 || bytes[bytes.index(bytes.endIndex, offsetBy: -2)] != 0x0D
    }

    private func render(_ node: CompiledTemplate.Node, stack: inout [Frame], indentation: String?,
                        inherited: [String: [CompiledTemplate.Node]]?, into output: inout String) {
        switch node {
        case .text(let text):
            output += text
        case .variable(let lookup, let escaped):
            guard let value = Self.value(lookup, in: stack) else { return }
            let text = Self.text(of: value)
            output += escaped ? HTMLEscaping.escape(text) : text
        case .section(let lookup, let inverted, let body):
            let value = Self.value(lookup, in: stack)
            if inverted {
                renderInverted(body, value: value, stack: &stack, indentation: indentation, inherited: inherited, into: &output)
            } else {
                renderSection(body, value: value, stack: &stack, indentation: indentation, inherited: inherited, into: &output)
            }
        case .partial(let name, let indented, let overrides):
            guard let template = templates[name] else { return }
            let inner = indented.map { (indentation ?? "") + $0 } ?? indentation
            // The blocks given further out win over those given here.
            let blocks = overrides.map { given in inherited?.merging(given) { outer, _ in outer } ?? given } ?? inherited
            render(template.nodes, stack: &stack, indentation: inner, inherited: blocks, into: &output)
        case .block(let name, let defaultBody, let indented):
            render(inherited?[name] ?? defaultBody, stack: &stack, indentation: (indentation ?? "") + indented,
                   inherited: inherited, into: &output)
        case .blockDefinition:
            return
        }
    }

    private func renderSection(_ body: [CompiledTemplate.Node], value: Any?, stack: inout [Frame], indentation: String?,
                               inherited: [String: [CompiledTemplate.Node]]?, into output: inout String) {
        // The kinds every view model is made of, told apart by comparing types before any cast
        // (a view model, a struct, is never anything else); other values as the library sees them.
        if let value, let object = exactly(value, TemplateObject.self) {
            stack.append(Frame(object))
            render(body, stack: &stack, indentation: indentation, inherited: inherited, into: &output)
            stack.removeLast()
            return
        }
        if let value, let items = exactly(value, [Any].self) {
            for item in items {
                stack.append(Frame(item))
                render(body, stack: &stack, indentation: indentation, inherited: inherited, into: &output)
                stack.removeLast()
            }
            return
        }
        if let value, let flag = exactly(value, Bool.self) {
            if flag { render(body, stack: &stack, indentation: indentation, inherited: inherited, into: &output) }
            return
        }
        switch value {
        case .none:
            return
        case let items as [Any]:
            for item in items {
                stack.append(Frame(item))
                render(body, stack: &stack, indentation: indentation, inherited: inherited, into: &output)
                stack.removeLast()
            }
        case let flag as Bool:
            if flag { render(body, stack: &stack, indentation: indentation, inherited: inherited, into: &output) }
        case let text as TemplateText:
            stack.append(Frame(leaf: text))
            render(body, stack: &stack, indentation: indentation, inherited: inherited, into: &output)
            stack.removeLast()
        case let sequence as any MustacheSequence:
            for item in Self.items(of: sequence) {
                stack.append(Frame(item))
                render(body, stack: &stack, indentation: indentation, inherited: inherited, into: &output)
                stack.removeLast()
            }
        case let null as MustacheCustomRenderable where null.isNull:
            return
        case .some(let other):
            stack.append(Frame(other))
            render(body, stack: &stack, indentation: indentation, inherited: inherited, into: &output)
            stack.removeLast()
        }
    }

    private func renderInverted(_ body: [CompiledTemplate.Node], value: Any?, stack: inout [Frame], indentation: String?,
                                inherited: [String: [CompiledTemplate.Node]]?, into output: inout String) {
        switch value {
        case .none:
            render(body, stack: &stack, indentation: indentation, inherited: inherited, into: &output)
        case let items as [Any]:
            guard items.isEmpty else { return }
            stack.append(Frame(leaf: items))
            render(body, stack: &stack, indentation: indentation, inherited: inherited, into: &output)
            stack.removeLast()
        case let flag as Bool:
            if !flag { render(body, stack: &stack, indentation: indentation, inherited: inherited, into: &output) }
        case is TemplateObject, is TemplateText:
            return
        case let sequence as any MustacheSequence:
            guard Self.items(of: sequence).isEmpty else { return }
            stack.append(Frame(sequence))
            render(body, stack: &stack, indentation: indentation, inherited: inherited, into: &output)
            stack.removeLast()
        case let null as MustacheCustomRenderable where null.isNull:
            render(body, stack: &stack, indentation: indentation, inherited: inherited, into: &output)
        case .some:
            return
        }
    }

    private static func items<S: Sequence>(of sequence: S) -> [Any] {
        sequence.map { $0 as Any }
    }

    /// The value a tag names, looked up as swift-mustache looks it up.
    private static func value(_ lookup: CompiledTemplate.Lookup, in stack: [Frame]) -> Any? {
        switch lookup {
        case .current:
            return stack.last?.value
        case .local(let names):
            guard let last = stack.last, let first = names.first, let found = child(first, of: last) else { return nil }
            return descend(names.dropFirst(), from: found)
        case .stack(let names):
            for frame in stack.reversed() {
                if let found = child(names[0], of: frame) { return descend(names.dropFirst(), from: found) }
            }
            return nil
        }
    }

    private static func descend(_ names: ArraySlice<CompiledTemplate.Key>, from object: Any) -> Any? {
        var object = object
        for name in names {
            guard let found = child(name, of: object) else { return nil }
            object = found
        }
        return object
    }

    /// The value `name` of `object`: a view model's field; none of a text, a number, a flag or
    /// a list; otherwise what the Mustache library would find.
    private static func child(_ key: CompiledTemplate.Key, of frame: Frame) -> Any? {
        switch frame.kind {
        case .object(let model): return model.field(number: key.number, key: key.name) ?? CachedPartials.value(forKey: key.name, in: model)
        case .leaf: return nil
        case .other: return child(key, of: frame.value)
        }
    }

    private static func child(_ key: CompiledTemplate.Key, of object: Any) -> Any? {
        let name = key.name
        switch object {
        case let model as TemplateObject:
            return model.field(number: key.number, key: name) ?? CachedPartials.value(forKey: name, in: model)
        case is TemplateText, is Bool, is Int, is Double, is [Any]: return nil
        case let parent as MustacheParent: return parent.child(named: name)
        default:
            guard let matched = Mirror(reflecting: object).children.first(where: { $0.label == name }) else { return nil }
            let mirror = Mirror(reflecting: matched.value)
            guard mirror.displayStyle == .optional else { return matched.value }
            return mirror.children.first?.value
        }
    }

    /// What `{{key}}` shows of `value`, before escaping.
    private static func text(of value: Any) -> String {
        if let text = exactly(value, TemplateText.self) { return text.renderText }
        switch value {
        case let text as TemplateText: return text.renderText
        case let number as Int: return String(number)
        case let renderable as MustacheCustomRenderable: return renderable.renderText
        default: return String(describing: value)
        }
    }

    /// A value of the context stack, with what it is found once, as it is pushed, rather than
    /// cast again by every tag that looks a key up through it.
    private struct Frame {
        enum Kind {
            /// A view model.
            case object(TemplateObject)
            /// A text, a number, a flag or a list: nothing to look up inside.
            case leaf
            /// Anything else, looked into as the Mustache library would.
            case other
        }

        let value: Any
        let kind: Kind

        init(_ object: TemplateObject) {
            value = object
            kind = .object(object)
        }

        init(leaf: Any) {
            value = leaf
            kind = .leaf
        }

        init(_ value: Any) {
            self.value = value
            if let object = exactly(value, TemplateObject.self) {
                kind = .object(object)
                return
            }
            switch value {
            case is TemplateText, is Bool, is Int, is Double, is [Any]: kind = .leaf
            default: kind = .other
            }
        }
    }
}
