/// What a ranking ranks, and the words it speaks of them in (SPEC §7): the branches of a site,
/// for the "Chi bộ 4 tốt" title; the units of a district (đảng bộ cơ sở), for "Đảng bộ cơ sở
/// 4 tốt"; or the units of a province (đảng bộ trực thuộc: its districts, and communes directly
/// under it), for "Đảng bộ 4 tốt". The rules are the same; only the words of its sentences,
/// table, CSV and of the messages about its scores differ. A rubric's `four_good.title` names
/// the title instead of `defaultTitle` (`Ranking.title`).
public enum RankingSubject: Sendable, Equatable {
    case branches
    case units
    /// The units of a site some of whose units list units of their own (a province).
    case provinceUnits

    /// The units of a site: `.provinceUnits` when some of them list units of their own.
    public static func units(aboveBase: Bool) -> RankingSubject { aboveBase ? .provinceUnits : .units }

    /// True when the ranked are units (`unit-evaluations/`), not branches.
    public var ranksUnits: Bool { self != .branches }

    /// The noun inside a sentence: "chi bộ", "đảng bộ cơ sở", "đảng bộ trực thuộc".
    public var noun: String {
        switch self {
        case .branches: return "chi bộ"
        case .units: return "đảng bộ cơ sở"
        case .provinceUnits: return "đảng bộ trực thuộc"
        }
    }

    /// The noun heading a column: "Chi bộ", "Đảng bộ cơ sở", "Đảng bộ trực thuộc".
    public var columnName: String { "\(noun.prefix(1).uppercased())\(noun.dropFirst())" }

    /// The noun in the English half of a message, and the first column of a score table
    /// (`evaluations/`, `unit-evaluations/`): "branch", "unit".
    public var englishNoun: String { ranksUnits ? "unit" : "branch" }

    /// The emulation title when the rubric names none: "Chi bộ 4 tốt", "Đảng bộ cơ sở 4 tốt",
    /// "Đảng bộ 4 tốt".
    public var defaultTitle: String {
        switch self {
        case .branches, .units: return columnName + " 4 tốt"
        case .provinceUnits: return "Đảng bộ 4 tốt"
        }
    }

    /// The emulation title of a ranking on `rubric`: its `four_good.title`, else `defaultTitle`.
    public func title(of rubric: Rubric?) -> String { rubric?.fourGood.title ?? defaultTitle }
}
