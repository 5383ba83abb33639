import Foundation
import Mustache

/// The templates and assets a build uses: the built-in theme, with a site's own `templates/`
/// overriding it file by file. What is made from a file (a template's outline and swift-mustache
/// form, each file's hash, the digests of `Theme+Digests.swift`) is made for the built-in files
/// once per process (`BuiltInTheme`; the swift-mustache form only when a build first asks for
/// it), and again for a site only for the files it overrides.
public struct Theme: Sendable {
    /// Mustache templates by name (`layout`, `partials/ranking-table`).
    public private(set) var templates: [String: String] = [:]
    /// Other theme files (stylesheets), by path inside the theme, copied to `assets/`.
    public private(set) var assets: [String: Data] = [:]
    /// Every template's outline of tags, for the key check.
    private(set) var outlines: [String: TemplateOutline] = [:]
    /// The hash of each template's text, by name.
    private(set) var templateHashes: [String: UInt64] = [:]
    /// The hash of each asset's bytes, by path.
    private(set) var assetHashes: [String: UInt64] = [:]
    /// Each template's hash with those of the partials and parents it uses (`PageFingerprint`).
    private(set) var closureHashes: [String: UInt64] = [:]
    /// The hash of every template and asset (`UnitFingerprint`).
    private(set) var digest: UInt64 = 0
    /// The site's theme files named with the same letters as another typed another way, of which
    /// the theme kept one (`Theme+SpellingTwins.swift`).
    private(set) var spellingTwins: [SpellingTwin] = []
    /// The site's theme assets named with decomposed letters (`Theme+DecomposedNames.swift`).
    private(set) var decomposedAssets: [String] = []
    /// The site's theme files whose names are not UTF-8, which cannot be read
    /// (`Theme+UnreadableNames.swift`).
    private(set) var unreadableNames: [String] = []
    /// The theme of `files` (path inside the theme → text): the built-in theme, made once
    /// (`BuiltInTheme.theme`).
    init(builtIn files: [String: String]) {
        _ = HTMLEscaping.registered
        for (path, text) in files { add(path: path, data: Data(text.utf8)) }
        updateDigests()
    }

    /// The built-in theme with `files` (path inside the theme → bytes: a site's `templates/`,
    /// `ThemeFiles`) put over it.
    static func builtIn(overlaidWith files: [ThemeFile]) -> Theme {
        var theme = BuiltInTheme.theme
        let taken = files.map(\.path).filter { !PassedOverName.isPassedOver(themePath: $0) }
        theme.spellingTwins = SpellingTwin.among(taken)
        theme.decomposedAssets = decomposedAssets(among: taken, twins: theme.spellingTwins)
        theme.unreadableNames = files.map(\.path).filter(UnreadableName.isUnreadable).sorted()
        var overridden = false
        for file in files where !UnreadableName.isUnreadable(file.path) {
            overridden = theme.add(path: file.path, data: file.data) || overridden
        }
        if overridden { theme.updateDigests() }
        return theme
    }

    /// Puts a file in the theme, in place of the one at its path; false when it changes nothing
    /// (the theme holds these very bytes there, or it is no file of a theme:
    /// `PassedOverName.isPassedOver(themePath:)`, Swift source or an editor's leftover).
    @discardableResult
    private mutating func add(path: String, data: Data) -> Bool {
        guard !PassedOverName.isPassedOver(themePath: path) else { return false }
        if path.hasSuffix(".mustache") {
            let name = String(path.dropLast(".mustache".count))
            let text = String(decoding: data, as: UTF8.self)
            guard templates[name] != text else { return false }
            templates[name] = text
            outlines[name] = TemplateOutline(text, template: name)
            templateHashes[name] = StableHasher.hash(text)
        } else {
            guard assets[path] != data else { return false }
            assets[path] = data
            assetHashes[path] = data.withUnsafeBytes { StableHasher.hash($0) }
        }
        return true
    }

    /// Works out `closureHashes` and `digest` again, after files changed.
    private mutating func updateDigests() {
        closureHashes = makeClosureHashes()
        digest = makeDigest()
    }

    /// The partials rendered once per distinct object (`CachedPartials`), in the order that
    /// numbers them.
    var cachedPartials: [String] {
        CachedPartials.names(in: templates)
    }

    /// Compiles every template not compiled yet, reporting the ones that do not parse, the
    /// partials they name that are missing, the assets named as Windows refuses
    /// (`reportWindowsNames`), the files named as another typed another way
    /// (`reportSpellingTwins`), the assets named decomposed (`reportDecomposedNames`) and the files
    /// whose names are not UTF-8 (`reportUnreadableNames`). Each
    /// one escapes HTML with `HTMLEscaping`, selected by a first line the template's author
    /// does not see.
    func library(sink: DiagnosticSink) -> MustacheLibrary {
        library(sink: sink, parsingBuiltIn: true)
    }

    /// Reports what `library(sink:)` reports, parsing with swift-mustache only the site's own
    /// templates: for a build whose pages compiled templates render (`CompiledLibrary`), which
    /// never asks the library. The built-in ones are parsed by the theme's tests.
    func reportProblems(sink: DiagnosticSink) {
        _ = library(sink: sink, parsingBuiltIn: false)
    }

    private func library(sink: DiagnosticSink, parsingBuiltIn: Bool) -> MustacheLibrary {
        _ = HTMLEscaping.registered
        var library = MustacheLibrary()
        let cached = cachedPartials
        for name in templates.keys.sorted() {
            let builtIn = templates[name] == BuiltInTheme.theme.templates[name]
            guard parsingBuiltIn || !builtIn else { continue }
            do {
                let parsed = builtIn ? BuiltInTheme.mustacheTemplates[name] : nil
                let template = try parsed ?? MustacheTemplate(string: HTMLEscaping.pragma + (templates[name] ?? ""))
                if let index = cached.firstIndex(of: name) {
                    library.register(template, named: CachedPartials.hiddenName(of: name))
                    library.register(try MustacheTemplate(string: CachedPartials.standIn(index)), named: name)
                    continue
                }
                library.register(template, named: name)
            } catch {
                let problem = TemplateParseProblem(error, text: templates[name] ?? "")
                sink.error(SourceLocation(file: "templates/\(name).mustache", line: problem.line), problem.message)
            }
        }
        reportMissingPartials(sink: sink)
        reportWindowsNames(sink: sink)
        reportSpellingTwins(sink: sink)
        reportDecomposedNames(sink: sink)
        reportUnreadableNames(sink: sink)
        return library
    }

    /// Reports each partial or parent a template names that is no template of the theme: the
    /// Mustache library would render it as nothing.
    private func reportMissingPartials(sink: DiagnosticSink) {
        func walk(_ nodes: [TemplateOutline.Node], in name: String) {
            for node in nodes {
                if node.kind == .partial || node.kind == .parent, !node.name.hasPrefix("*"), templates[node.name] == nil {
                    sink.error(SourceLocation(file: "templates/\(name).mustache", line: node.line),
                               "mẫu Mustache gọi \(node.kindInVietnamese) '\(node.openingTag)' nhưng không có tệp "
                                   + "templates/\(node.name).mustache (trong trang hay trong giao diện có sẵn) / the template uses "
                                   + "\(node.kindInEnglish) '\(node.name)', but there is no templates/\(node.name).mustache "
                                   + "(in the site or the built-in theme)")
                }
                walk(node.children, in: name)
            }
        }
        for name in templates.keys.sorted() { walk(outlines[name]?.nodes ?? [], in: name) }
    }

    /// The texts `library(sink:)` registers, by the name it registers each under: every
    /// template with the escaping pragma first, and each cached partial's stand-in.
    var libraryTexts: [String: String] {
        let cached = cachedPartials
        var texts: [String: String] = [:]
        for (name, text) in templates {
            if let index = cached.firstIndex(of: name) {
                texts[CachedPartials.hiddenName(of: name)] = HTMLEscaping.pragma + text
                texts[name] = CachedPartials.standIn(index)
            } else {
                texts[name] = HTMLEscaping.pragma + text
            }
        }
        return texts
    }
}
