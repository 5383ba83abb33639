/// Where a formatted figure is read, which decides how its percent sign is joined to it.
///
/// A page keeps "18,8 %" on one line with a no-break space (U+00A0), so that "(18,8" and "%)"
/// never fall on two lines of a narrow column or a printed bulletin; the console, diagnostics
/// and files a clerk edits keep the ordinary space, which tools and searches expect.
public enum FigureMedium: Sendable {
    /// The console, a diagnostic, a file written for a clerk: `"18,8 %"`.
    case text
    /// A portal page or the bulletin (HTML, and the PDF printed from it): `"18,8\u{00A0}%"`.
    case page

    /// The space and the sign written after a percentage.
    var percentSign: String {
        switch self {
        case .text: " %"
        case .page: "\u{00A0}%"
        }
    }
}
