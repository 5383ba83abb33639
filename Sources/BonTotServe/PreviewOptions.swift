import BonTotKit
import Foundation

/// What `bontot serve` was asked: the site, where to build it, the address and port to listen
/// on, and whether to open a browser.
public struct PreviewOptions: Sendable {
    public var siteRoot: URL
    public var output: URL
    public var port: Int
    /// Where the server listens: this computer only unless `--bind` says otherwise.
    public var listen: ListenAddress
    /// The port when none is asked for.
    public static let defaultPort = 8080
    public var openBrowser: Bool
    /// How often the watcher asks whether the site's files changed.
    public var pollInterval: Duration = .milliseconds(300)
    /// How often every file of the site is looked at even when the system told of no change
    /// (an edit on another computer of a shared folder); every `pollInterval` where the system
    /// tells nothing.
    public var fullLookInterval: Duration = .seconds(5)

    public init(siteRoot: URL, output: URL? = nil, port: Int = defaultPort, listen: ListenAddress = .loopback,
                openBrowser: Bool = false) {
        self.siteRoot = siteRoot
        self.output = output ?? siteRoot.appending(path: "output")
        self.port = port
        self.listen = listen
        self.openBrowser = openBrowser
    }

    /// The home page of the built site, there once a build has succeeded.
    var builtHome: URL { output.appending(path: Router().file(.home)) }

    /// The address the preview is opened at on this computer.
    public var address: String { Self.address(listen.local, port: port) }

    /// The addresses another computer of the office's network opens the preview at: none
    /// unless the server listens beyond this computer (`--bind`).
    public var addressesFromOtherComputers: [String] {
        listen.fromOtherComputers.map { Self.address($0, port: port) }
    }

    private static func address(_ host: String, port: Int) -> String { "http://\(host):\(port)/" }
}
