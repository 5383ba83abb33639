/// Checks that every key a template uses is a field of the page's model (or of a model around
/// it in the section stack), so that a misspelt or forgotten key is an error naming the
/// template and line instead of silently empty text. It walks the template's outline with the
/// model the page is rendered with: sections over a list are checked with its first item, and
/// a section whose value is empty or false on this page is checked on another page.
struct TemplateKeyCheck: Sendable {
    /// A key a template uses that its model lacks.
    struct Problem: Hashable, Sendable {
        var template: String
        var line: Int
        var key: String
        var model: String
    }

    let outlines: [String: TemplateOutline]

    /// The problems of rendering `model` with the template named `template`.
    func problems(template: String, model: Any) -> [Problem] {
        guard let outline = outlines[template] else { return [] }
        var found: [Problem] = []
        walk(outline.nodes, stack: [model], blocks: [:], depth: 0, found: &found)
        return found
    }

    private func walk(_ nodes: [TemplateOutline.Node], stack: [Any], blocks: [String: [TemplateOutline.Node]],
                      depth: Int, found: inout [Problem]) {
        guard depth < 32 else { return }
        for node in nodes {
            switch node.kind {
            case .variable:
                if case .undeclared = resolve(node.name, in: stack) { report(node, stack, &found) }
            case .section:
                switch resolve(node.name, in: stack) {
                case .undeclared: report(node, stack, &found)
                case .empty: break
                case .value(let value):
                    if let flag = value as? Bool {
                        if flag { walk(node.children, stack: stack, blocks: blocks, depth: depth + 1, found: &found) }
                    } else if let items = value as? [Any] {
                        if let first = items.first {
                            walk(node.children, stack: stack + [first], blocks: blocks, depth: depth + 1, found: &found)
                        }
                    } else {
                        walk(node.children, stack: stack + [value], blocks: blocks, depth: depth + 1, found: &found)
                    }
                }
            case .invertedSection:
                if case .undeclared = resolve(node.name, in: stack) { report(node, stack, &found) }
                walk(node.children, stack: stack, blocks: blocks, depth: depth + 1, found: &found)
            case .partial:
                walk(outlines[node.name]?.nodes ?? [], stack: stack, blocks: blocks, depth: depth + 1, found: &found)
            case .parent:
                var overrides = blocks
                for child in node.children where child.kind == .block { overrides[child.name] = child.children }
                walk(outlines[node.name]?.nodes ?? [], stack: stack, blocks: overrides, depth: depth + 1, found: &found)
            case .block:
                walk(blocks[node.name] ?? node.children, stack: stack, blocks: blocks, depth: depth + 1, found: &found)
            }
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
        guard !name.contains("(") else { return .empty }
        var parts = name.split(separator: ".").map(String.init)[...]
        guard let first = parts.popFirst() else { return .empty }
        var current: Any?
        for frame in stack.reversed() {
            guard let object = frame as? TemplateObject, object.declares(first) else { continue }
            current = object.fields[first]
            if current == nil { return .empty }
            break
        }
        guard var value = current else { return .undeclared }
        for part in parts {
            guard let object = value as? TemplateObject, object.declares(part) else { return .undeclared }
            guard let next = object.fields[part] else { return .empty }
            value = next
        }
        return .value(value)
    }

    private func report(_ node: TemplateOutline.Node, _ stack: [Any], _ found: inout [Problem]) {
        let model = stack.reversed().compactMap { ($0 as? TemplateObject)?.typeName }.first ?? "?"
        found.append(Problem(template: node.template, line: node.line, key: node.name, model: model))
    }
}
