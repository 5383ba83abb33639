import BonTotTheme
import Mustache

/// The theme bundled into the binary from the repository's `templates/` folder; the generated
/// `files` table maps each path inside the theme (`layout.mustache`, `style.css`) to its text.
public enum BuiltInTheme {
    /// Each path inside the theme (`layout.mustache`, `partials/level-badge.mustache`) and its text.
    static let files = EmbeddedTheme.files

    /// The built-in theme, its templates outlined and hashed once per process and
    /// shared by every site and unit a process builds (`Theme.load` overlays a site's own files).
    static let theme = Theme(builtIn: files)

    /// The built-in templates parsed by swift-mustache (nil for one that does not parse), by
    /// name: parsed once per process, when a build first renders with the library; a build
    /// that renders with compiled templates (`CompiledLibrary`) never does.
    static let mustacheTemplates: [String: MustacheTemplate] = theme.templates.compactMapValues { text in
        try? MustacheTemplate(string: HTMLEscaping.pragma + text)
    }
}
