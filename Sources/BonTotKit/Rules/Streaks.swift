/// Computes "N năm liền" streaks from yearly evaluations (SPEC §3, Streaks): of branches, or of a
/// district's units from its unit evaluations, whose rows name units by id where branches' name
/// branches — one rule for both (`ArchiveHonourRoll`).
public enum Streaks {
    /// Each branch's level per year, from yearly evaluations only (quarters and months do not
    /// count); the stated level wins as everywhere. A later evaluation of the same year wins.
    public static func yearlyLevels(evaluations: [Evaluation], rubric: Rubric) -> [String: [Int: Level]] {
        yearlyLevels(evaluations: evaluations, rubrics: RubricHistory(current: rubric))
    }

    /// `yearlyLevels(evaluations:rubric:)`, each year classified by the scale in force that year.
    public static func yearlyLevels(evaluations: [Evaluation], rubrics: RubricHistory) -> [String: [Int: Level]] {
        var levels: [String: [Int: Level]] = [:]
        for evaluation in evaluations where evaluation.period.isYear {
            let rubric = rubrics.rubric(for: evaluation.period)
            for entry in evaluation.entries {
                levels[entry.branchID, default: [:]][evaluation.period.year] = ScoreCard(entry: entry, rubric: rubric).level
            }
        }
        return levels
    }

    /// Every evaluated branch's (or unit's) streaks, by its id. Current streaks end at the latest year of
    /// any yearly evaluation; a branch not evaluated that year has none.
    public static func make(evaluations: [Evaluation], rubric: Rubric) -> [String: BranchStreaks] {
        make(evaluations: evaluations, rubrics: RubricHistory(current: rubric))
    }

    /// `make(evaluations:rubric:)` across changes of scale: each year is classified by the scale
    /// in force that year, and its level compared with the levels the streaks name (the top
    /// level and `tot` of the latest year's scale) by their ids. A former scale without such an
    /// id has its own top level (or its own "tốt", `Rubric.goodLevel`) stand for it.
    public static func make(evaluations: [Evaluation], rubrics: RubricHistory) -> [String: BranchStreaks] {
        let levels = yearlyLevels(evaluations: evaluations, rubrics: rubrics)
        let latestYear = evaluations.filter(\.period.isYear).map(\.period.year).max()
        guard let latestYear else { return [:] }
        let rubric = rubrics.rubric(for: Period(year: latestYear))
        guard let top = rubric.topLevel, let good = rubric.goodLevel else { return [:] }
        // Per year: the id standing for the top level, and the scale with the id standing for `tot`.
        var bars: [Int: (top: String?, scale: Rubric, good: String?)] = [:]
        for year in Set(levels.values.flatMap(\.keys)) {
            let scale = rubrics.rubric(for: Period(year: year))
            bars[year] = ((scale.level(id: top.id) ?? scale.topLevel)?.id, scale, (scale.level(id: good.id) ?? scale.goodLevel)?.id)
        }
        let isTop: (Int, Level) -> Bool = { year, level in level.id == bars[year]?.top }
        let isGood: (Int, Level) -> Bool = { year, level in
            guard let bar = bars[year], let good = bar.good else { return false }
            return bar.scale.isLevel(level.id, atLeast: good)
        }
        var streaks: [String: BranchStreaks] = [:]
        for (branchID, years) in levels {
            let topRuns = runs(years, where: isTop), goodRuns = runs(years, where: isGood)
            streaks[branchID] = BranchStreaks(
                branchID: branchID,
                excellent: topRuns.last { $0.upperBound == latestYear }.map { streak(top, false, $0) },
                goodOrBetter: goodRuns.last { $0.upperBound == latestYear }.map { streak(good, true, $0) },
                longestExcellent: longest(topRuns).map { streak(top, false, $0) },
                longestGoodOrBetter: longest(goodRuns).map { streak(good, true, $0) })
        }
        return streaks
    }

    /// Runs of consecutive years whose level passes `test`, oldest first.
    static func runs(_ years: [Int: Level], where test: (Int, Level) -> Bool) -> [ClosedRange<Int>] {
        var runs: [ClosedRange<Int>] = []
        for year in years.keys.sorted() where years[year].map({ test(year, $0) }) == true {
            if let last = runs.last, last.upperBound == year - 1 {
                runs[runs.count - 1] = last.lowerBound...year
            } else {
                runs.append(year...year)
            }
        }
        return runs
    }

    private static func longest(_ runs: [ClosedRange<Int>]) -> ClosedRange<Int>? {
        runs.reversed().max { $0.count < $1.count }
    }

    private static func streak(_ level: Level, _ orBetter: Bool, _ years: ClosedRange<Int>) -> Streak {
        Streak(level: level, orBetter: orBetter, count: years.count, firstYear: years.lowerBound, lastYear: years.upperBound)
    }
}
