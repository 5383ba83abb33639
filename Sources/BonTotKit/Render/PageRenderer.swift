import Mustache

/// Renders view models with the theme's Mustache templates. Templates only place values:
/// everything they show is computed and formatted before.
public struct PageRenderer: Sendable {
    private let library: MustacheLibrary

    init(theme: Theme, sink: DiagnosticSink) {
        library = theme.library(sink: sink)
    }

    /// The page's HTML, or nil when the theme has no such template.
    public func render(_ model: Any, template: String) -> String? {
        library.render(model, withTemplate: template)
    }
}
