import Foundation

/// Every input file of a site, read as text and sorted by path: what the loader hands to validation.
public struct SiteSources: Sendable {
    public var root: URL
    public var siteConfig: SourceText?
    public var rubric: SourceText?
    public var branches: [SourceText] = []
    /// Every file under `branches/`, also those that could not be read: each one's name is a
    /// branch id other files may name.
    public var branchPaths: [String] = []
    public var evaluations: [SourceText] = []
    public var minutes: [SourceText] = []
    public var stories: [SourceText] = []
    public var bulletins: [SourceText] = []
    /// Media files as paths relative to `content/` (`media/lu.jpg`).
    public var media: [String] = []

    /// Every text input read (site.yaml, content files), path → hash of its bytes.
    public var inputHashes: [String: UInt64] {
        let texts = [siteConfig, rubric].compactMap { $0 } + branches + evaluations + minutes + stories + bulletins
        return Dictionary(texts.map { ($0.path, $0.contentHash) }, uniquingKeysWith: { first, _ in first })
    }

    public init(root: URL) {
        self.root = root
    }
}
