import Foundation
import Mustache

/// The templates and assets a build uses: the built-in theme, with a site's own `templates/`
/// overriding it file by file.
public struct Theme: Sendable {
    /// Mustache templates by name (`layout`, `partials/ranking-table`).
    public private(set) var templates: [String: String] = [:]
    /// Other theme files (stylesheets), by path inside the theme, copied to `assets/`.
    public private(set) var assets: [String: Data] = [:]

    /// The built-in theme overlaid with the files of `siteRoot/templates`, when that folder exists.
    public static func load(siteRoot: URL) -> Theme {
        var theme = Theme()
        for (path, text) in BuiltInTheme.files { theme.add(path: path, data: Data(text.utf8)) }
        let folder = siteRoot.appending(path: "templates")
        let realRoot = siteRoot.resolvingSymlinksInPath().standardizedFileURL.path + "/"
        for url in SiteReader.files(in: folder, recursive: true, within: siteRoot)
        where url.resolvingSymlinksInPath().standardizedFileURL.path.hasPrefix(realRoot) {
            guard let data = FileManager.default.contents(atPath: url.path) else { continue }
            theme.add(path: SiteReader.relativePath(of: url, root: folder), data: data)
        }
        return theme
    }

    private mutating func add(path: String, data: Data) {
        if path.hasSuffix(".mustache") {
            templates[String(path.dropLast(".mustache".count))] = String(decoding: data, as: UTF8.self)
        } else if !path.hasPrefix(".") && !path.contains("/.") {
            assets[path] = data
        }
    }

    /// Every template's outline of tags, for the key check.
    var outlines: [String: TemplateOutline] {
        templates.reduce(into: [:]) { $0[$1.key] = TemplateOutline($1.value, template: $1.key) }
    }

    /// The partials rendered once per distinct object (`CachedPartials`), in the order that
    /// numbers them.
    var cachedPartials: [String] {
        CachedPartials.names(in: templates)
    }

    /// Compiles every template, reporting the ones that do not parse. Each one escapes HTML with
    /// `HTMLEscaping`, selected by a first line the template's author does not see.
    func library(sink: DiagnosticSink) -> MustacheLibrary {
        _ = HTMLEscaping.registered
        var library = MustacheLibrary()
        let cached = cachedPartials
        for name in templates.keys.sorted() {
            do {
                let template = try MustacheTemplate(string: HTMLEscaping.pragma + (templates[name] ?? ""))
                if let index = cached.firstIndex(of: name) {
                    library.register(template, named: CachedPartials.hiddenName(of: name))
                    library.register(try MustacheTemplate(string: CachedPartials.standIn(index)), named: name)
                    continue
                }
                library.register(template, named: name)
            } catch {
                sink.error(SourceLocation(file: "templates/\(name).mustache"),
                           "mẫu Mustache không hợp lệ / invalid Mustache template: \(error)")
            }
        }
        return library
    }
}
