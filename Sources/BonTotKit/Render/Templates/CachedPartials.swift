import Foundation
import Mustache

/// Partials rendered once per distinct object and reused, like Hugo's `partialCached`: a theme's
/// partial kept under `partials/cached/` and called inside the section of the object it shows
/// (`{{#header}}{{>partials/cached/site-header}}{{/header}}`) renders, for each distinct value of
/// that object, once in the build; every later page with an equal object gets the same bytes.
/// Such a partial sees only that object: a key it reads from further out is an error naming the
/// partial and line, as any key its object lacks. The site's header, with its menu, is the same
/// on thousands of pages, and looking up its keys was a sixth of every page's key lookups.
///
/// The Mustache library knows each such partial by a stand-in whose one tag is a key only this
/// cache answers (`TemplateObject.child(named:)` asks it); the partial itself is registered under
/// another name, and rendered from there with the object alone as its context.
final class CachedPartials: @unchecked Sendable {
    /// Where a theme keeps the partials to render once per object.
    static let folder = "partials/cached/"

    /// The cache of the page being rendered on this thread, with the renderer that fills it.
    @TaskLocal static var scope: Scope?

    /// The partials, by the number their stand-in's key carries.
    let names: [String]
    private let lock = NSLock()
    /// Each partial's HTML by the object it was rendered with; nil when it failed (its problems
    /// were reported with the page that rendered it first).
    private var rendered: [Key: String?] = [:]

    init(names: [String]) {
        self.names = names
    }

    /// The names of a theme's cached partials, in the order that numbers them.
    static func names(in templates: [String: String]) -> [String] {
        templates.keys.filter { $0.hasPrefix(folder) }.sorted()
    }

    /// The template text the library knows the partial numbered `index` by.
    static func standIn(_ index: Int) -> String {
        "{{{\(keyPrefix)\(index)}}}"
    }

    /// The name the library knows the partial itself by.
    static func hiddenName(of name: String) -> String {
        keyPrefix + name
    }

    /// The value of `key` looked up in `object`: the partial's HTML when `key` is a stand-in's,
    /// rendered with `object` or taken from the cache (empty when it failed, which fails the
    /// page); nil for any other key. Asked for every
    /// key an object lacks, so it answers those at their first byte.
    static func value(forKey key: String, in object: TemplateObject) -> Any? {
        guard key.utf8.first == keyPrefix.utf8.first, key.hasPrefix(keyPrefix),
              let index = Int(key.dropFirst(keyPrefix.count)), let scope else { return nil }
        // Empty when the partial failed: the key is answered here, by the object the partial was
        // called in, and not asked again of the objects around it.
        return TemplateText(scope.html(partial: index, model: object) ?? "")
    }

    private struct Key: Hashable {
        var partial: Int
        var model: UInt64
    }

    private static let keyPrefix = "?cached?"

    /// The HTML of `partial` for the object with fingerprint `model`, rendered by `render` the
    /// first time it is asked for; nil when it failed.
    fileprivate func html(partial: Int, model: UInt64, render: () -> String?) -> String? {
        let key = Key(partial: partial, model: model)
        if let earlier = lock.withLock({ rendered[key] }) { return earlier }
        // Rendered outside the lock: another page may render the same at the same time, and the
        // first one stored is kept.
        let made = render()
        return lock.withLock {
            if let earlier = rendered[key] { return earlier }
            rendered[key] = .some(made)
            return made
        }
    }

    /// One page's rendering: the cache, the renderer that fills it, and the problems found while
    /// filling it, which fail the page.
    final class Scope: @unchecked Sendable {
        let cache: CachedPartials
        private let render: (Any, String) -> PageRenderer.Result
        private(set) var diagnostics: [Diagnostic] = []
        /// True when a cached partial this page uses could not be rendered.
        private(set) var failed = false

        init(cache: CachedPartials, render: @escaping (Any, String) -> PageRenderer.Result) {
            self.cache = cache
            self.render = render
        }

        fileprivate func html(partial index: Int, model: TemplateObject) -> String? {
            guard cache.names.indices.contains(index) else { return nil }
            let html = cache.html(partial: index, model: ModelFingerprint.of(model)) {
                let result = render(model, cache.names[index])
                diagnostics += result.diagnostics
                return result.html
            }
            if html == nil { failed = true }
            return html
        }
    }
}
