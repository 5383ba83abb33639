/// The theme bundled into the binary from the repository's `templates/` folder; the generated
/// `files` table maps each path inside the theme (`layout.mustache`, `style.css`) to its text.
public enum BuiltInTheme {}
