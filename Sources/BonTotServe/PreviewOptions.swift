import Foundation

/// What `bontot serve` was asked: the site, where to build it, the port, and whether to open a
/// browser.
public struct PreviewOptions: Sendable {
    public var siteRoot: URL
    public var output: URL
    public var port: Int
    /// The port when none is asked for.
    public static let defaultPort = 8080
    public var openBrowser: Bool
    /// How often the watcher asks whether the site's files changed.
    public var pollInterval: Duration = .milliseconds(300)
    /// How often every file of the site is looked at even when the system told of no change
    /// (an edit on another computer of a shared folder); every `pollInterval` where the system
    /// tells nothing.
    public var fullLookInterval: Duration = .seconds(5)

    public init(siteRoot: URL, output: URL? = nil, port: Int = defaultPort, openBrowser: Bool = false) {
        self.siteRoot = siteRoot
        self.output = output ?? siteRoot.appending(path: "output")
        self.port = port
        self.openBrowser = openBrowser
    }

    /// The address the preview is served at.
    public var address: String { "http://127.0.0.1:\(port)/" }
}
