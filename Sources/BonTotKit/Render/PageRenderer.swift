import Mustache

/// Renders view models with the theme's Mustache templates. Templates only place values:
/// everything they show is computed and formatted before.
public struct PageRenderer: Sendable {
    private let library: MustacheLibrary

    init(theme: Theme, sink: DiagnosticSink) {
        library = theme.library(sink: sink)
    }

    /// The page's HTML, or nil (with an error naming the template) when the theme has no such template.
    func render(_ page: Page, sink: DiagnosticSink) -> String? {
        guard let html = library.render(RenderSnapshot.of(page.model), withTemplate: page.template) else {
            sink.error(SourceLocation(file: "templates/\(page.template).mustache"),
                       "thiếu mẫu trang / missing template '\(page.template)' for \(page.file)")
            return nil
        }
        return html
    }
}
