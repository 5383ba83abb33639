/// Which other pages each body links, by the content files they are made from
/// (`[biên bản](../minutes/2024/a.md)` in `content/stories/b.md`): what the renderer turns into
/// links to those pages, and what the pages of the linking files depend on besides their bytes
/// (the address of a linked page, a story's `slug:` say, may change while they do not).
public struct PageLinks: Sendable, Equatable {
    /// The files each linking file links, by their paths from the site, sorted, each once.
    public let targets: [String: [String]]

    /// The links `pairs` (the linking file, the file it links), in any order.
    public init(_ pairs: [(file: String, target: String)] = []) {
        var targets: [String: Set<String>] = [:]
        for pair in pairs { targets[pair.file, default: []].insert(pair.target) }
        self.targets = targets.mapValues { $0.sorted() }
    }

    /// Every file some body links, each once.
    public var linked: Set<String> { Set(targets.values.joined()) }
}
