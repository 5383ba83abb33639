/// One HTML page to write: its route in the portal (`.branch("kdc-21")`), the template that
/// renders it, and its view model.
public struct Page {
    public var route: Route
    public var template: String
    public var model: Any

    public init(route: Route, template: String, model: Any) {
        self.route = route
        self.template = template
        self.model = model
    }

    /// The file written in its own site: `chi-bo/kdc-21/index.html`.
    public var file: String { Router().file(route) }
}

/// A file that is not a page (a CSV export, a feed), written as it is.
public struct OutputFile {
    public var route: Route
    public var bytes: [UInt8]

    public init(route: Route, bytes: [UInt8]) {
        self.route = route
        self.bytes = bytes
    }
}
