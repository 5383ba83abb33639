import Foundation

extension Theme {
    /// The built-in theme overlaid with the files of `siteRoot/templates`, when that folder exists.
    public static func load(siteRoot: URL) -> Theme {
        builtIn(overlaidWith: ThemeFiles.read(siteRoot: siteRoot))
    }
}
