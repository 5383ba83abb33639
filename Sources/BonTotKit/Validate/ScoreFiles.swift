import Foundation

/// The paths of a site's score files (`content/evaluations/`), as the advice on one of them
/// sees its siblings: which other file already holds a period, so that a file is never told to
/// take a name another score file has (`OtherYearScoreSheet`, `ScoreFileNameAdvice`).
struct ScoreFiles {
    var paths: [String]

    /// The path of the score file, other than `path`, whose name is the period `period`; nil
    /// when none is.
    func holder(of period: Period, besides path: String) -> String? {
        paths.first { $0 != path && Period(PathParts.stem(of: $0)) == period }
    }
}
