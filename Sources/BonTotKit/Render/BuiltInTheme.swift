import BonTotTheme

/// The theme bundled into the binary from the repository's `templates/` folder; the generated
/// `files` table maps each path inside the theme (`layout.mustache`, `style.css`) to its text.
public enum BuiltInTheme {
    /// Each path inside the theme (`layout.mustache`, `partials/level-badge.mustache`) and its text.
    static let files = EmbeddedTheme.files

    /// The built-in theme, its templates outlined, compiled and hashed once per process and
    /// shared by every site and unit a process builds (`Theme.load` overlays a site's own files).
    static let theme = Theme(builtIn: files)
}
