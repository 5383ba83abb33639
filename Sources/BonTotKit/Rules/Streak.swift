/// Consecutive years a branch held a level (or better), e.g. xuất sắc 2018–2022.
public struct Streak: Sendable, Equatable {
    /// The level held; with `orBetter`, the lowest level that counts.
    public var level: Level
    /// True when any higher level counts too ("tốt trở lên").
    public var orBetter: Bool
    public var count: Int
    public var firstYear: Int
    public var lastYear: Int

    /// Makes a streak of `count` years ending in `lastYear`.
    public init(level: Level, orBetter: Bool, count: Int, firstYear: Int, lastYear: Int) {
        self.level = level
        self.orBetter = orBetter
        self.count = count
        self.firstYear = firstYear
        self.lastYear = lastYear
    }

    /// "Hoàn thành xuất sắc nhiệm vụ 05 năm liền (2018–2022)",
    /// "Hoàn thành tốt nhiệm vụ trở lên 03 năm liền (2022–2024)", and for one year
    /// "Hoàn thành xuất sắc nhiệm vụ năm 2024".
    public var sentence: String {
        yearRange.map { "\(lead) (\($0))" } ?? lead
    }

    /// The sentence without its range of years: "Hoàn thành xuất sắc nhiệm vụ 05 năm liền";
    /// the whole sentence for one year.
    public var lead: String {
        let name = level.name + (orBetter ? " trở lên" : "")
        guard count > 1 else { return "\(name) năm \(lastYear)" }
        return "\(name) \(VietnameseFormat.count(count)) năm liền"
    }

    /// "2018–2022" (`YearRange`), nil for one year.
    public var yearRange: String? {
        count > 1 ? YearRange.text(firstYear, lastYear) : nil
    }
}

/// A branch's streaks (or a district unit's, `branchID` then naming the unit): current ones end
/// at the latest evaluated year; longest ones anywhere.
public struct BranchStreaks: Sendable, Equatable {
    public var branchID: String
    /// Years at the top level up to the latest evaluated year; nil when not at it that year.
    public var excellent: Streak?
    /// Years at the good level or better up to the latest evaluated year.
    public var goodOrBetter: Streak?
    /// The longest run at the top level in the branch's history (the latest of equal runs).
    public var longestExcellent: Streak?
    /// The longest run at the good level or better in the branch's history.
    public var longestGoodOrBetter: Streak?

    /// Collects a branch's streaks; `Streaks.make` is the usual way to get them.
    public init(branchID: String, excellent: Streak? = nil, goodOrBetter: Streak? = nil,
                longestExcellent: Streak? = nil, longestGoodOrBetter: Streak? = nil) {
        self.branchID = branchID
        self.excellent = excellent
        self.goodOrBetter = goodOrBetter
        self.longestExcellent = longestExcellent
        self.longestGoodOrBetter = longestGoodOrBetter
    }
}
