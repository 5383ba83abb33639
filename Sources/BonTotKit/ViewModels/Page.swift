/// One HTML page to write: its folder in the portal (`chi-bo/kdc-21/`, `""` for the home page),
/// the template that renders it, and how to make its view model. The model is made only when
/// the page is rendered, inside the worker that renders it, so a build holds few at a time and
/// a page that need not be rendered costs nothing.
public struct Page: Sendable {
    public var path: String
    public var template: String
    /// Makes what the template shows: a view model whose fields are the template's keys.
    public var makeModel: @Sendable () -> any Encodable

    public init(path: String, template: String, model: @autoclosure @escaping @Sendable () -> any Encodable) {
        self.path = path
        self.template = template
        self.makeModel = model
    }

    /// The view model, made now.
    public var model: any Encodable { makeModel() }

    /// The file written: `chi-bo/kdc-21/index.html`.
    public var file: String { path + "index.html" }

    /// The way back from a page folder to the portal root: `""`, `../`, `../../`.
    public static func root(for path: String) -> String {
        String(repeating: "../", count: path.split(separator: "/").count)
    }
}

/// A file that is not a page (a CSV export, a feed), written as it is.
public struct OutputFile {
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}
