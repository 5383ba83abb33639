/// The hashes a build's fingerprints take from a theme, made from the hashes of its files
/// (`Theme.templateHashes`, `Theme.assetHashes`) when the theme is made.
extension Theme {
    /// Each template's hash combined with those of the partials and parents it uses, however deep.
    func makeClosureHashes() -> [String: UInt64] {
        var result: [String: UInt64] = [:]
        for name in templates.keys {
            var used = Set<String>()
            var pending = [name]
            while let next = pending.popLast() {
                guard used.insert(next).inserted, let outline = outlines[next] else { continue }
                pending += outline.references
            }
            var hasher = StableHasher()
            for template in used.sorted() {
                hasher.combine(template)
                hasher.combine(templateHashes[template] ?? 0)
            }
            result[name] = hasher.finalize()
        }
        return result
    }

    /// The hash of every template (by name) and asset (by path), each by the hash of its bytes.
    func makeDigest() -> UInt64 {
        var hasher = StableHasher()
        for (name, hash) in templateHashes.sorted(by: { $0.key < $1.key }) {
            hasher.combine(name)
            hasher.combine(hash)
        }
        for (path, hash) in assetHashes.sorted(by: { $0.key < $1.key }) {
            hasher.combine(path)
            hasher.combine(hash)
        }
        return hasher.finalize()
    }
}

extension TemplateOutline {
    /// The partials and parents this template names.
    var references: [String] {
        var names: [String] = []
        var pending = nodes
        while let node = pending.popLast() {
            if node.kind == .partial || node.kind == .parent { names.append(node.name) }
            pending += node.children
        }
        return names
    }
}
