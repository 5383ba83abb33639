import Hummingbird

/// The context of a request to the preview: Hummingbird's, with the address of the computer the
/// request came from (`192.168.1.40`), so that what only this computer should learn (the folder
/// of the site, `OtherPreview`) is told to it alone, not to the office's network.
struct PreviewRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// The IP address the request came from; nil when the connection did not say.
    let peer: String?

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        peer = source.channel.remoteAddress?.ipAddress
    }
}
