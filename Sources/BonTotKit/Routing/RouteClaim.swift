/// A route that a content file gives rise to (a story's page, from its slug), with where the
/// value is written, so that a collision names the file and line to change.
public struct RouteClaim: Hashable, Sendable {
    public var route: Route
    /// The router of the site the file belongs to.
    public var router: Router
    public var location: SourceLocation
    /// The field that gives the value (`slug`, `title`), when a field does.
    public var field: String?

    /// `route`, in the site of `router`, claimed by the file and line at `location`.
    public init(_ route: Route, router: Router = Router(), at location: SourceLocation, field: String? = nil) {
        self.route = route
        self.router = router
        self.location = location
        self.field = field
    }

    /// The file the route writes, from the root of the output.
    public var file: String { router.file(route) }
}
