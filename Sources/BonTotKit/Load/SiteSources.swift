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

    public init(root: URL) {
        self.root = root
    }
}
