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
    /// How often the site's files are looked at for changes.
    public var pollInterval: Duration = .milliseconds(300)

    public init(siteRoot: URL, output: URL? = nil, port: Int = defaultPort, openBrowser: Bool = false) {
        self.siteRoot = siteRoot
        self.output = output ?? siteRoot.appending(path: "output")
        self.port = port
        self.openBrowser = openBrowser
    }

    /// The address the preview is served at.
    public var address: String { "http://127.0.0.1:\(port)/" }
}
