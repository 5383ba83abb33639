/// One HTML page to write: its route in the portal (`.branch("kdc-21")`), the template that
/// renders it, and how to make its view model. The model is made only when the page is
/// rendered, inside the worker that renders it, so a build holds few at a time and a page that
/// need not be rendered costs nothing.
public struct Page: Sendable {
    public var route: Route
    public var template: String
    /// Makes what the template shows: a view model whose fields are the template's keys.
    public var makeModel: @Sendable () -> any Encodable
    /// The input files (relative to the site) that alone decide this page, with `site.yaml` and
    /// the templates; nil when the page draws on the whole site. An incremental build re-renders
    /// a page that names its inputs only when one of them changed; any other page when the
    /// site's digest changed (any input but a minutes' or a story's body), or, in a site with
    /// units, when its view model changed.
    public var inputs: [String]?
    /// False for a page that shows no minutes' or story's body among its inputs, nor anything
    /// made from one: its fingerprint then counts those files by their outline (their fields
    /// without the body), so an edit of a body alone does not re-render it.
    public var showsBodies = true
    /// What else decides this page besides its inputs, which its fingerprint always covers:
    /// `@pdf` for a bulletin that links its PDF.
    public var facts: [String] = []

    public init(route: Route, template: String, model: @autoclosure @escaping @Sendable () -> any Encodable) {
        self.route = route
        self.template = template
        self.makeModel = model
    }

    /// The view model, made now.
    public var model: any Encodable { makeModel() }

    /// The file written in its own site: `chi-bo/kdc-21/index.html`.
    public var file: String { Router().file(route) }
}

/// A file that is not a page (a CSV export, a feed), written as it is. Its bytes are made when
/// they are read: a file made from the site's inputs alone (`madeFromSite`, a ranking's CSV) is
/// taken from the last output by a build whose site digest is unchanged, without making it.
public struct OutputFile: Sendable {
    public var route: Route
    /// True when the site's inputs alone decide the bytes, as they decide a page with no inputs
    /// of its own (see `Page.inputs`).
    public let madeFromSite: Bool
    private let make: @Sendable () -> [UInt8]

    public init(route: Route, bytes: [UInt8]) {
        self.route = route
        madeFromSite = false
        make = { bytes }
    }

    /// A file the site's inputs alone decide, whose bytes `make` makes when they are needed.
    public init(route: Route, madeFromSite make: @escaping @Sendable () -> [UInt8]) {
        self.route = route
        madeFromSite = true
        self.make = make
    }

    /// The file's bytes, made now.
    public var bytes: [UInt8] { make() }
}
