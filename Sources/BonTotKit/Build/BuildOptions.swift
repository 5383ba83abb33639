import Foundation

/// What `bontot build` was asked to do.
public struct BuildOptions: Sendable {
    public var siteRoot: URL
    public var output: URL
    public var strict: Bool

    public init(siteRoot: URL, output: URL? = nil, strict: Bool = false) {
        self.siteRoot = siteRoot
        self.output = output ?? siteRoot.appending(path: "output")
        self.strict = strict
    }
}
