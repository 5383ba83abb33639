/// The scoring scale (thang điểm) from `rubric.yaml`: criteria, levels and the 4-tốt rule.
public struct Rubric: Sendable, Equatable, Codable {
    public var scale: Double
    public var criteria: [Criterion]
    public var bonusMax: Double
    /// Levels from the highest `min` to the lowest.
    public var levels: [Level]
    public var fourGood: FourGoodRule
    /// The share of `xuat-sac` among those `tot` or better past which a warning is given.
    public var excellentQuota: Double?
    /// The first year the scale applies to (`since: 2025`), when former scales
    /// (`rubrics/<yyyy>.yaml`) judge the years before it; nil when it judges every year.
    public var since: Int?

    public init(scale: Double, criteria: [Criterion], bonusMax: Double, levels: [Level],
                fourGood: FourGoodRule, excellentQuota: Double?) {
        self.scale = scale
        self.criteria = criteria
        self.bonusMax = bonusMax
        self.levels = levels
        self.fourGood = fourGood
        self.excellentQuota = excellentQuota
    }

    public func level(id: String) -> Level? { levels.first { $0.id == id } }
    public func criterion(id: String) -> Criterion? { criteria.first { $0.id == id } }

    /// The position of a level from the top (0 is the best); unknown ids rank last.
    public func rank(ofLevel id: String) -> Int { levels.firstIndex { $0.id == id } ?? levels.count }
}

/// One of the scored criteria, possibly split into items that sum to its maximum.
public struct Criterion: Sendable, Equatable, Codable {
    public var id: String
    public var name: String
    public var max: Double
    public var items: [CriterionItem]

    public init(id: String, name: String, max: Double, items: [CriterionItem] = []) {
        self.id = id
        self.name = name
        self.max = max
        self.items = items
    }
}

/// A sub-item of a criterion.
public struct CriterionItem: Sendable, Equatable, Codable {
    public var id: String
    public var name: String
    public var max: Double

    public init(id: String, name: String, max: Double) {
        self.id = id
        self.name = name
        self.max = max
    }
}

/// A classification level (mức xếp loại), reached by a total of at least `min`.
public struct Level: Sendable, Equatable, Hashable, Codable {
    public var id: String
    public var name: String
    public var min: Double

    public init(id: String, name: String, min: Double) {
        self.id = id
        self.name = name
        self.min = min
    }
}

/// Who earns the "Chi bộ 4 tốt" title (or, on a unit rubric, "Đảng bộ cơ sở 4 tốt"), and the
/// title's name when the rubric gives one.
public struct FourGoodRule: Sendable, Equatable, Codable {
    /// The emulation title as `four_good.title` names it ("Chi bộ trong sạch, vững mạnh"); nil
    /// for the default of what is ranked (`RankingSubject.defaultTitle`).
    public var title: String?
    public var minShareEach: Double
    public var minLevel: String
    public var noViolations: Bool
    /// On a unit rubric only: the share of the unit's branches that must hold the "Chi bộ 4 tốt"
    /// title in the same period (SPEC §7); nil when the rule asks nothing of the branches.
    public var minBranchShare: Double?

    public init(minShareEach: Double = 0.8, minLevel: String = "tot", noViolations: Bool = true) {
        self.minShareEach = minShareEach
        self.minLevel = minLevel
        self.noViolations = noViolations
    }
}
