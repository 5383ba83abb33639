extension Rubric {
    /// The first, highest level (`xuat-sac`): the one streaks and the quota count.
    public var topLevel: Level? { levels.first }

    /// The level "tốt or better" is measured against: the level with id `tot`, else the second level.
    public var goodLevel: Level? {
        level(id: "tot") ?? (levels.count > 1 ? levels[1] : levels.first)
    }

    /// The level a total reaches: the first whose `min` it reaches, or the lowest level when it
    /// reaches none; nil only when the rubric has no levels.
    public func computedLevel(forTotal total: Double) -> Level? {
        levels.first { total >= $0.min } ?? levels.last
    }

    /// True when the level `id` is known and is `reference` or higher; an unknown reference
    /// sets no bar.
    public func isLevel(_ id: String, atLeast reference: String) -> Bool {
        guard let position = levels.firstIndex(where: { $0.id == id }) else { return false }
        return position <= rank(ofLevel: reference)
    }
}

extension Level {
    /// The level's name as written inside a sentence: "Hoàn thành tốt nhiệm vụ" → "hoàn thành tốt nhiệm vụ".
    public var phrase: String {
        guard let first = name.first else { return name }
        return first.lowercased() + name.dropFirst()
    }
}
