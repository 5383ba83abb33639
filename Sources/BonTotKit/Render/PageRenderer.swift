import Mustache

/// Renders view models with the theme's Mustache templates. Templates only place values:
/// everything they show is computed and formatted before. A key a template uses that its
/// model lacks is an error naming the template and line.
public struct PageRenderer: Sendable {
    private let library: MustacheLibrary
    private let keyCheck: TemplateKeyCheck

    init(theme: Theme, sink: DiagnosticSink) {
        library = theme.library(sink: sink)
        keyCheck = TemplateKeyCheck(outlines: theme.outlines)
    }

    /// What rendering one page gave: its HTML, or the errors that stop it.
    struct Result {
        var html: String?
        var diagnostics: [Diagnostic] = []
    }

    /// Renders `page`: its HTML, or nil with errors naming the template. With `checkingKeys`,
    /// every key the template uses is first looked for in the model.
    func render(_ page: Page, checkingKeys: Bool = true) -> Result {
        render(TemplateValue.make(page.model), template: page.template, file: page.file, checkingKeys: checkingKeys)
    }

    /// Renders a model already made renderable (`TemplateValue.make`) with `template`.
    func render(_ value: Any, template: String, file: String, checkingKeys: Bool) -> Result {
        let problems = checkingKeys ? keyCheck.problems(template: template, model: value) : []
        guard problems.isEmpty else {
            return Result(html: nil, diagnostics: problems.map(Self.diagnostic))
        }
        guard let html = library.render(value, withTemplate: template) else {
            return Result(html: nil, diagnostics: [.error(at: SourceLocation(file: "templates/\(template).mustache"),
                                                          "thiếu mẫu trang / missing template '\(template)' for \(file)")])
        }
        return Result(html: html)
    }

    /// Renders `page` and reports its errors into `sink`.
    func render(_ page: Page, sink: DiagnosticSink) -> String? {
        let result = render(page)
        sink.report(result.diagnostics)
        return result.html
    }

    private static func diagnostic(_ problem: TemplateKeyCheck.Problem) -> Diagnostic {
        .error(at: SourceLocation(file: "templates/\(problem.template).mustache", line: problem.line),
               "mẫu dùng khóa '\(problem.key)' mà dữ liệu trang (\(problem.model)) không có "
                   + "/ the template uses key '\(problem.key)', which the page model \(problem.model) does not have")
    }
}
