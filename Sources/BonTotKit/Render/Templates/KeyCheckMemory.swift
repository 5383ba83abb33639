import Foundation

/// What the key check (`TemplateKeyCheck`) remembers across the pages of one build: the parts of
/// templates already checked, each with the model types it was checked against, whole or child
/// by child. A part is known by three numbers: its tag's (`TemplateOutline.Node.id`), its model
/// stack's and its blocks', each stack and set of blocks numbered the first time it is met, so a
/// page's check looks a part up without hashing names or lists of types. Shared by the workers
/// of one build.
final class KeyCheckMemory: @unchecked Sendable {
    /// The models a tag is looked up in: the innermost one (`{{.}}`), the objects among them,
    /// innermost last, and the number of their types: two stacks have the same number exactly
    /// when their models have the same types, in order.
    struct Stack {
        var top: Any
        var objects: [TemplateObject]
        var id: Int
    }

    /// The blocks a parent template (`{{<layout}}`) is given by the templates that name it, and
    /// their number: the same for the same block definitions.
    struct Blocks {
        var nodes: [String: [TemplateOutline.Node]] = [:]
        var id = 0
    }

    /// One part of a template checked against one stack of types and one set of blocks.
    final class Part {
        /// True once every child was checked whole.
        fileprivate var whole = false
        /// Until then, the indices of the children that were.
        fileprivate var checked: Set<Int> = []
    }

    private struct PartKey: Hashable {
        var node: Int
        var stack: Int
        var blocks: Int
    }

    private struct StackKey: Hashable {
        var below: Int
        var type: ObjectIdentifier
    }

    private struct BlocksKey: Hashable {
        var below: Int
        var definitions: [Int]
    }

    private let lock = NSLock()
    private var parts: [PartKey: Part] = [:]
    private var stacks: [StackKey: Int] = [:]
    private var blockSets: [BlocksKey: Blocks] = [:]

    /// The stack of `model` put on `below` (a new stack when nil), numbered by its types;
    /// `object` is `model` when it is a `TemplateObject`.
    func stack(_ model: Any, object: TemplateObject?, above below: Stack?) -> Stack {
        let key = StackKey(below: below?.id ?? 0, type: ObjectIdentifier(object?.type ?? Swift.type(of: model)))
        let id = lock.withLock {
            if let known = stacks[key] { return known }
            let made = stacks.count + 1
            stacks[key] = made
            return made
        }
        var objects = below?.objects ?? []
        if let object { objects.append(object) }
        return Stack(top: model, objects: objects, id: id)
    }

    /// `blocks` with `definitions` (`{{$main}}…{{/main}}` nodes) put over them.
    func blocks(_ blocks: Blocks, overriddenBy definitions: [TemplateOutline.Node]) -> Blocks {
        let key = BlocksKey(below: blocks.id, definitions: definitions.map(\.id))
        return lock.withLock {
            if let known = blockSets[key] { return known }
            var nodes = blocks.nodes
            for definition in definitions { nodes[definition.name] = definition.children }
            let made = Blocks(nodes: nodes, id: blockSets.count + 1)
            blockSets[key] = made
            return made
        }
    }

    /// The part of the tag numbered `node` checked with `stack` and `blocks`, with the indices
    /// of its children checked whole so far; nil when the part was checked whole.
    func unchecked(node: Int, stack: Stack, blocks: Blocks) -> (part: Part, checked: Set<Int>)? {
        let key = PartKey(node: node, stack: stack.id, blocks: blocks.id)
        return lock.withLock {
            if let known = parts[key] { return known.whole ? nil : (known, known.checked) }
            let made = Part()
            parts[key] = made
            return (made, [])
        }
    }

    /// Adds `indices` to the children of `part` checked whole; returns whether all `count` are.
    func record(_ part: Part, _ indices: [Int], of count: Int) -> Bool {
        lock.withLock {
            guard !part.whole else { return true }
            part.checked.formUnion(indices)
            guard part.checked.count == count else { return false }
            part.whole = true
            part.checked = []
            return true
        }
    }
}
