/// What a ranking ranks: the branches of a site, for the "Chi bộ 4 tốt" title, or the units of
/// a district (đảng bộ cơ sở), for the "Đảng bộ cơ sở 4 tốt" title (SPEC §7). The rules are the
/// same; only the words of its sentences, table, CSV and of the messages about its scores differ.
public enum RankingSubject: Sendable, Equatable {
    case branches
    case units

    /// The noun inside a sentence: "chi bộ", "đảng bộ cơ sở".
    public var noun: String {
        switch self {
        case .branches: return "chi bộ"
        case .units: return "đảng bộ cơ sở"
        }
    }

    /// The noun heading a column: "Chi bộ", "Đảng bộ cơ sở".
    public var columnName: String {
        switch self {
        case .branches: return "Chi bộ"
        case .units: return "Đảng bộ cơ sở"
        }
    }

    /// The noun in the English half of a message, and the first column of a score table
    /// (`evaluations/`, `unit-evaluations/`): "branch", "unit".
    public var englishNoun: String {
        switch self {
        case .branches: return "branch"
        case .units: return "unit"
        }
    }

    /// The emulation title: "Chi bộ 4 tốt", "Đảng bộ cơ sở 4 tốt".
    public var title: String { columnName + " 4 tốt" }
}
