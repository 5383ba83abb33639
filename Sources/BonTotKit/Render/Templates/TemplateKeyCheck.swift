import Foundation

/// Checks that every key a template uses is a field of the page's model (or of a model around
/// it in the section stack), so that a misspelt or forgotten key is an error naming the
/// template and line instead of silently empty text. It walks the template's outline with the
/// model the page is rendered with: sections over a list are checked with its first item, and
/// a section whose value is empty or false on this page is checked on another page. A part of
/// a template once checked whole against models of the same types is not walked again, so
/// checking every page costs little.
struct TemplateKeyCheck: Sendable {
    /// A key a template uses that its model lacks, or a tag nested too deep to render.
    struct Problem: Hashable, Sendable {
        var template: String
        var line: Int
        var key: String
        var model: String
        /// The tag lies deeper than `maximumDepth` sections and partials: a partial that includes
        /// itself, which rendering would follow until the program's stack runs out.
        var tooDeep = false
    }

    /// How deep sections, partials, parents and blocks may nest. The built-in theme nests a
    /// dozen; a partial that includes itself nests without end.
    static let maximumDepth = 32

    let outlines: [String: TemplateOutline]
    private let verified = VerifiedParts()

    init(outlines: [String: TemplateOutline]) {
        self.outlines = outlines
    }

    /// The problems of rendering `model` with the template named `template`.
    func problems(template: String, model: Any) -> [Problem] {
        guard let outline = outlines[template] else { return [] }
        var found: [Problem] = []
        let root = TemplateOutline.Node(kind: .section, name: "", line: 0, template: template, children: outline.nodes)
        walkChildren(of: root, stack: [model], blocks: Blocks(), depth: 0, found: &found)
        return found
    }

    /// Checks a node's children that were not yet checked whole with the same model types (on
    /// this page or an earlier one); returns whether every child now has been. A child is
    /// checked whole once no key in it is missing and no section in it was left unchecked for
    /// being empty, so after the pages that fill each section every page skips the template.
    @discardableResult
    private func walkChildren(of node: TemplateOutline.Node, stack: [Any], blocks: Blocks,
                              depth: Int, found: inout [Problem]) -> Bool {
        guard depth < Self.maximumDepth else {
            found.append(Problem(template: node.template, line: node.line, key: node.name, model: "", tooDeep: true))
            return false
        }
        let key = VerifiedParts.Key(node: node, stack: stack, blocks: blocks)
        guard let checked = verified.checked(key) else { return true }
        var checkedNow: [Int] = []
        for (index, child) in node.children.enumerated() where !checked.contains(index) {
            let before = found.count
            if check(child, stack: stack, blocks: blocks, depth: depth, found: &found), found.count == before {
                checkedNow.append(index)
            }
        }
        return verified.record(key, checkedNow, of: node.children.count)
    }

    /// Checks one node; returns whether it is now checked whole (see `walkChildren`).
    private func check(_ node: TemplateOutline.Node, stack: [Any], blocks: Blocks, depth: Int,
                       found: inout [Problem]) -> Bool {
        switch node.kind {
        case .variable:
            guard case .undeclared = resolve(node.name, in: stack) else { return true }
            report(node, stack, &found)
            return false
        case .section:
            switch resolve(node.name, in: stack) {
            case .undeclared:
                report(node, stack, &found)
                return false
            case .empty:
                return node.children.isEmpty
            case .value(let value):
                if let flag = value as? Bool {
                    return flag ? walkChildren(of: node, stack: stack, blocks: blocks, depth: depth + 1, found: &found)
                        : node.children.isEmpty
                }
                if let items = value as? [Any] {
                    guard let first = items.first else { return node.children.isEmpty }
                    return walkChildren(of: node, stack: stack + [first], blocks: blocks, depth: depth + 1, found: &found)
                }
                return walkChildren(of: node, stack: stack + [value], blocks: blocks, depth: depth + 1, found: &found)
            }
        case .invertedSection:
            var whole = true
            if case .undeclared = resolve(node.name, in: stack) {
                report(node, stack, &found)
                whole = false
            }
            return walkChildren(of: node, stack: stack, blocks: blocks, depth: depth + 1, found: &found) && whole
        case .partial:
            return walkChildren(of: node.standing(for: outlines[node.name]?.nodes ?? []), stack: stack, blocks: blocks,
                                depth: depth + 1, found: &found)
        case .parent:
            let overrides = blocks.overridden(by: node.children.filter { $0.kind == .block })
            return walkChildren(of: node.standing(for: outlines[node.name]?.nodes ?? []), stack: stack, blocks: overrides,
                                depth: depth + 1, found: &found)
        case .block:
            return walkChildren(of: node.standing(for: blocks.nodes[node.name] ?? node.children), stack: stack, blocks: blocks,
                                depth: depth + 1, found: &found)
        }
    }

    private enum Resolution {
        case undeclared
        /// Declared, but nil on this page.
        case empty
        case value(Any)
    }

    /// Looks `name` (`a` or `a.b`) up as Mustache does: the first part climbing the stack.
    private func resolve(_ name: String, in stack: [Any]) -> Resolution {
        if name == "." { return stack.last.map(Resolution.value) ?? .empty }
        guard !name.utf8.contains(UInt8(ascii: "(")) else { return .empty }
        // Most keys are one name: looked up without splitting it (a tenth of the check's time).
        if !name.utf8.contains(UInt8(ascii: ".")) {
            for frame in stack.reversed() {
                guard let object = frame as? TemplateObject, let position = object.shape.position(of: name) else { continue }
                return object.values[position].map(Resolution.value) ?? .empty
            }
            return .undeclared
        }
        var parts = name.split(separator: ".").map(String.init)[...]
        guard let first = parts.popFirst() else { return .empty }
        var current: Any?
        for frame in stack.reversed() {
            guard let object = frame as? TemplateObject, object.declares(first) else { continue }
            current = object.field(first)
            if current == nil { return .empty }
            break
        }
        guard var value = current else { return .undeclared }
        for part in parts {
            guard let object = value as? TemplateObject, object.declares(part) else { return .undeclared }
            guard let next = object.field(part) else { return .empty }
            value = next
        }
        return .value(value)
    }

    private func report(_ node: TemplateOutline.Node, _ stack: [Any], _ found: inout [Problem]) {
        let model = stack.reversed().compactMap { ($0 as? TemplateObject)?.typeName }.first ?? "?"
        found.append(Problem(template: node.template, line: node.line, key: node.name, model: model))
    }
}

/// The blocks a parent template (`{{<layout}}`) is given by the template that names it, with
/// an identity made once, when they are given.
private struct Blocks {
    var nodes: [String: [TemplateOutline.Node]] = [:]
    /// Each block's name and where its content is written.
    var id: [String] = []

    /// These blocks with `definitions` (`{{$main}}…{{/main}}` nodes) put over them.
    func overridden(by definitions: [TemplateOutline.Node]) -> Blocks {
        var nodes = self.nodes
        for definition in definitions { nodes[definition.name] = definition.children }
        let id = nodes.keys.sorted().map { name in
            "\(name)@\(nodes[name]?.first.map { "\($0.template):\($0.line)" } ?? "")"
        }
        return Blocks(nodes: nodes, id: id)
    }
}

/// The parts of templates already checked, each with the model types it was checked against:
/// whole, or child by child; shared by the workers of one build.
private final class VerifiedParts: @unchecked Sendable {
    /// A template node, the types of the models on the stack and the blocks in force.
    struct Key: Hashable {
        var template: String
        var line: Int
        var name: String
        var types: [ObjectIdentifier]
        var blocks: [String]

        init(node: TemplateOutline.Node, stack: [Any], blocks: Blocks) {
            template = node.template
            line = node.line
            name = node.name
            types = stack.map { ObjectIdentifier(($0 as? TemplateObject)?.type ?? type(of: $0)) }
            self.blocks = blocks.id
        }
    }

    private let lock = NSLock()
    /// The parts checked whole.
    private var whole: Set<Key> = []
    /// For the other parts, the indices of their children checked whole so far.
    private var partly: [Key: Set<Int>] = [:]

    /// Nil when the part was checked whole; else the indices of its children that were.
    func checked(_ key: Key) -> Set<Int>? {
        lock.withLock { whole.contains(key) ? nil : partly[key] ?? [] }
    }

    /// Adds `indices` to the children of the part checked whole; returns whether all `count` are.
    func record(_ key: Key, _ indices: [Int], of count: Int) -> Bool {
        lock.withLock {
            if whole.contains(key) { return true }
            var done = partly[key] ?? []
            done.formUnion(indices)
            guard done.count == count else {
                if !indices.isEmpty { partly[key] = done }
                return false
            }
            whole.insert(key)
            partly[key] = nil
            return true
        }
    }
}

private extension TemplateOutline.Node {
    /// A node with this node's place (template, line, name) and `children`: the nodes of the
    /// partial, parent or block it names, checked as its part.
    func standing(for children: [TemplateOutline.Node]) -> TemplateOutline.Node {
        var node = self
        node.children = children
        return node
    }
}
