/// Computes "N năm liền" streaks from yearly evaluations (SPEC §3, Streaks): of branches, or of a
/// district's units from its unit evaluations, whose rows name units by id where branches' name
/// branches — one rule for both (`ArchiveHonourRoll`).
public enum Streaks {
    /// Each branch's level per year, from yearly evaluations only (quarters and months do not
    /// count); the stated level wins as everywhere. A later evaluation of the same year wins.
    public static func yearlyLevels(evaluations: [Evaluation], rubric: Rubric) -> [String: [Int: Level]] {
        var levels: [String: [Int: Level]] = [:]
        for evaluation in evaluations where evaluation.period.isYear {
            for entry in evaluation.entries {
                levels[entry.branchID, default: [:]][evaluation.period.year] = ScoreCard(entry: entry, rubric: rubric).level
            }
        }
        return levels
    }

    /// Every evaluated branch's (or unit's) streaks, by its id. Current streaks end at the latest year of
    /// any yearly evaluation; a branch not evaluated that year has none.
    public static func make(evaluations: [Evaluation], rubric: Rubric) -> [String: BranchStreaks] {
        let levels = yearlyLevels(evaluations: evaluations, rubric: rubric)
        let latestYear = evaluations.filter(\.period.isYear).map(\.period.year).max()
        guard let latestYear, let top = rubric.topLevel, let good = rubric.goodLevel else { return [:] }
        var streaks: [String: BranchStreaks] = [:]
        for (branchID, years) in levels {
            let isTop: (Level) -> Bool = { $0.id == top.id }
            let isGood: (Level) -> Bool = { rubric.isLevel($0.id, atLeast: good.id) }
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
    static func runs(_ years: [Int: Level], where test: (Level) -> Bool) -> [ClosedRange<Int>] {
        var runs: [ClosedRange<Int>] = []
        for year in years.keys.sorted() where years[year].map(test) == true {
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
