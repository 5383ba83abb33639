import Foundation
import Mustache

/// Renders view models with the theme's Mustache templates. Templates only place values:
/// everything they show is computed and formatted before. A key a template uses that its
/// model lacks is an error naming the template and line.
public struct PageRenderer: Sendable {
    /// What renders the templates.
    enum Engine: Sendable {
        /// The Mustache library, swift-mustache.
        case mustache
        /// The theme's templates compiled by bontot (`CompiledLibrary`), when they all can be;
        /// else the Mustache library. Chosen with `BONTOT_TEMPLATE_ENGINE=compiled` while it is
        /// measured against the library.
        case compiled

        /// The engine the environment asks for: `BONTOT_TEMPLATE_ENGINE=compiled`, else the library.
        static let configured: Engine =
            ProcessInfo.processInfo.environment["BONTOT_TEMPLATE_ENGINE"] == "compiled" ? .compiled : .mustache
    }

    /// The library's templates; empty when `compiledLibrary` renders them all.
    private let library: MustacheLibrary
    private let compiledLibrary: CompiledLibrary?
    private let keyCheck: TemplateKeyCheck
    private let cachedPartials: CachedPartials

    init(theme: Theme, sink: DiagnosticSink, engine: Engine = .configured) {
        compiledLibrary = engine == .compiled ? CompiledLibrary(texts: theme.libraryTexts) : nil
        if compiledLibrary == nil {
            library = theme.library(sink: sink)
        } else {
            theme.reportProblems(sink: sink)
            library = MustacheLibrary()
        }
        keyCheck = TemplateKeyCheck(outlines: theme.outlines)
        cachedPartials = CachedPartials(names: theme.cachedPartials)
    }

    /// True when the templates are rendered by `CompiledLibrary`.
    var rendersCompiled: Bool { compiledLibrary != nil }

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
        render(value, template: template, file: file, checkingKeys: checkingKeys, registeredAs: template)
    }

    /// Renders `value` with `template`, which the library knows as `name` (a cached partial's
    /// own text is registered under another name than the partial, see `CachedPartials`).
    private func render(_ value: Any, template: String, file: String, checkingKeys: Bool, registeredAs name: String) -> Result {
        let problems = checkingKeys ? keyCheck.problems(template: template, model: value) : []
        guard problems.isEmpty else {
            return Result(html: nil, diagnostics: problems.map(Self.diagnostic))
        }
        let scope = CachedPartials.Scope(cache: cachedPartials) { model, partial in
            render(model, template: partial, file: file, checkingKeys: true, registeredAs: CachedPartials.hiddenName(of: partial))
        }
        let html = CachedPartials.$scope.withValue(scope) {
            compiledLibrary.map { $0.render(value, withTemplate: name) } ?? library.render(value, withTemplate: name)
        }
        guard let html else {
            return Result(html: nil, diagnostics: [.error(at: SourceLocation(file: "templates/\(template).mustache"),
                                                          "thiếu mẫu trang / missing template '\(template)' for \(file)")])
        }
        guard !scope.failed else { return Result(html: nil, diagnostics: scope.diagnostics) }
        return Result(html: html)
    }

    /// Renders `page` and reports its errors into `sink`.
    func render(_ page: Page, sink: DiagnosticSink) -> String? {
        let result = render(page)
        sink.report(result.diagnostics)
        return result.html
    }

    private static func diagnostic(_ problem: TemplateKeyCheck.Problem) -> Diagnostic {
        let place = SourceLocation(file: "templates/\(problem.template).mustache", line: problem.line)
        if problem.tooDeep {
            return .error(at: place, "mẫu lồng nhau quá \(TemplateKeyCheck.maximumDepth) tầng ở '\(problem.key)': có mẫu con nào "
                          + "gọi lại chính nó? / templates nest more than \(TemplateKeyCheck.maximumDepth) levels deep here: "
                          + "does a partial include itself?")
        }
        return .error(at: place,
               "mẫu dùng khóa '\(problem.key)' mà dữ liệu trang (\(problem.model)) không có "
                   + "/ the template uses key '\(problem.key)', which the page model \(problem.model) does not have")
    }
}
