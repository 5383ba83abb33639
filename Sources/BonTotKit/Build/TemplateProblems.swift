import Foundation

extension LoadedPortal {
    /// What parsing the templates of the site and of each unit found (a section never closed, a
    /// partial that does not exist), files named from the top site: reported with the content's
    /// errors, so that an office sees every problem in one run. `top` is what parsing the site's
    /// own theme found, when the caller parsed it already. Checking the templates' keys against
    /// the pages' models needs content without errors, and is left to the build.
    public func templateProblems(top: [Diagnostic]? = nil) -> [Diagnostic] {
        (top ?? Self.templateProblems(siteRoot: root)) + allUnits.flatMap { unit in
            Self.templateProblems(siteRoot: unit.portal.root).map {
                $0.location.file.hasPrefix("templates/") ? $0.placed(in: unit.portal.displayFolder) : $0
            }
        }
    }

    /// What parsing the theme of the site at `siteRoot` found.
    private static func templateProblems(siteRoot: URL) -> [Diagnostic] {
        let sink = DiagnosticSink()
        _ = PageRenderer(theme: Theme.load(siteRoot: siteRoot), sink: sink)
        return sink.log.entries
    }
}
