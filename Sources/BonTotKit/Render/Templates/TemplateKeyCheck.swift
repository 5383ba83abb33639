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

    /// Each template's tags, numbered (`TemplateOutline.Node.id`), under a root standing for
    /// the whole template.
    private let roots: [String: TemplateOutline.Node]
    private let memory = KeyCheckMemory()

    init(outlines: [String: TemplateOutline]) {
        var next = 1
        var roots: [String: TemplateOutline.Node] = [:]
        for (name, outline) in outlines.sorted(by: { $0.key < $1.key }) {
            var root = TemplateOutline.Node(kind: .section, name: "", line: 0, template: name, children: outline.nodes)
            root.number(from: &next)
            roots[name] = root
        }
        self.roots = roots
    }

    /// The problems of rendering `model` with the template named `template`.
    func problems(template: String, model: Any) -> [Problem] {
        guard let root = roots[template] else { return [] }
        var found: [Problem] = []
        let stack = memory.stack(model, object: TemplateObject.of(model), above: nil)
        walkChildren(of: root, stack: stack, blocks: KeyCheckMemory.Blocks(), depth: 0, found: &found)
        return found
    }

    /// Checks a node's children that were not yet checked whole with the same model types (on
    /// this page or an earlier one); returns whether every child now has been. A child is
    /// checked whole once no key in it is missing and no section in it was left unchecked for
    /// being empty, so after the pages that fill each section every page skips the template.
    @discardableResult
    private func walkChildren(of node: TemplateOutline.Node, stack: KeyCheckMemory.Stack, blocks: KeyCheckMemory.Blocks,
                              depth: Int, found: inout [Problem]) -> Bool {
        guard depth < Self.maximumDepth else {
            found.append(Problem(template: node.template, line: node.line, key: node.name, model: "", tooDeep: true))
            return false
        }
        guard let part = memory.unchecked(node: node.id, stack: stack, blocks: blocks) else { return true }
        var checkedNow: [Int] = []
        for (index, child) in node.children.enumerated() where !part.checked.contains(index) {
            let before = found.count
            if check(child, stack: stack, blocks: blocks, depth: depth, found: &found), found.count == before {
                checkedNow.append(index)
            }
        }
        return memory.record(part.part, checkedNow, of: node.children.count)
    }

    /// Checks one node; returns whether it is now checked whole (see `walkChildren`).
    private func check(_ node: TemplateOutline.Node, stack: KeyCheckMemory.Stack, blocks: KeyCheckMemory.Blocks,
                       depth: Int, found: inout [Problem]) -> Bool {
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
                if let object = TemplateObject.of(value) {
                    return walkChildren(of: node, stack: memory.stack(value, object: object, above: stack), blocks: blocks,
                                        depth: depth + 1, found: &found)
                }
                if let flag = value as? Bool {
                    return flag ? walkChildren(of: node, stack: stack, blocks: blocks, depth: depth + 1, found: &found)
                        : node.children.isEmpty
                }
                if let items = value as? [Any] {
                    guard let first = items.first else { return node.children.isEmpty }
                    return walkChildren(of: node, stack: memory.stack(first, object: TemplateObject.of(first), above: stack),
                                        blocks: blocks, depth: depth + 1, found: &found)
                }
                return walkChildren(of: node, stack: memory.stack(value, object: nil, above: stack), blocks: blocks,
                                    depth: depth + 1, found: &found)
            }
        case .invertedSection:
            var whole = true
            if case .undeclared = resolve(node.name, in: stack) {
                report(node, stack, &found)
                whole = false
            }
            return walkChildren(of: node, stack: stack, blocks: blocks, depth: depth + 1, found: &found) && whole
        case .partial:
            return walkChildren(of: node.standing(for: roots[node.name]?.children ?? []), stack: stack, blocks: blocks,
                                depth: depth + 1, found: &found)
        case .parent:
            let overrides = memory.blocks(blocks, overriddenBy: node.children.filter { $0.kind == .block })
            return walkChildren(of: node.standing(for: roots[node.name]?.children ?? []), stack: stack, blocks: overrides,
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
    private func resolve(_ name: String, in stack: KeyCheckMemory.Stack) -> Resolution {
        if name == "." { return .value(stack.top) }
        guard !name.utf8.contains(UInt8(ascii: "(")) else { return .empty }
        // Most keys are one name: looked up without splitting it (a tenth of the check's time).
        if !name.utf8.contains(UInt8(ascii: ".")) {
            for object in stack.objects.reversed() {
                guard let position = object.shape.position(of: name) else { continue }
                return object.values[position].map(Resolution.value) ?? .empty
            }
            return .undeclared
        }
        var parts = name.split(separator: ".").map(String.init)[...]
        guard let first = parts.popFirst() else { return .empty }
        var current: Any?
        for object in stack.objects.reversed() where object.declares(first) {
            current = object.field(first)
            if current == nil { return .empty }
            break
        }
        guard var value = current else { return .undeclared }
        for part in parts {
            guard let object = TemplateObject.of(value), object.declares(part) else { return .undeclared }
            guard let next = object.field(part) else { return .empty }
            value = next
        }
        return .value(value)
    }

    private func report(_ node: TemplateOutline.Node, _ stack: KeyCheckMemory.Stack, _ found: inout [Problem]) {
        let model = stack.objects.last?.typeName ?? "?"
        found.append(Problem(template: node.template, line: node.line, key: node.name, model: model))
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

    /// Numbers this node and the nodes under it, from `next` on.
    mutating func number(from next: inout Int) {
        id = next
        next += 1
        for index in children.indices { children[index].number(from: &next) }
    }
}
