import Foundation

/// The numbers the items of numbered lists have reached, by list and level: an item counts on
/// from the last item of its list at its level, and starts its sub-levels afresh.
struct ListCounters {
    private var counts: [String: [Int: Int]] = [:]

    /// The label of the next item of `list` at `level` (0-based) ("II.", "2.", "a)"), with
    /// `formats` the list's levels; nil for a bullet or a level without a format.
    mutating func next(list: String, level: Int, formats: [Int: ListLevelFormat]) -> String? {
        guard let format = formats[level], format.style != .bullet else { return nil }
        var levels = counts[list] ?? [:]
        // A start no list has (a damaged or hostile file's 2^63 - 1) would overflow.
        let start = min(max(format.start, 0), 1_000_000)
        levels[level] = (levels[level] ?? start - 1) + 1
        for deeper in levels.keys where deeper > level { levels[deeper] = nil }
        counts[list] = levels
        var label = ""
        var rest = format.pattern[...]
        while let percent = rest.firstIndex(of: "%") {
            label += rest[..<percent]
            let digit = rest.index(after: percent)
            guard digit < rest.endIndex, let shown = rest[digit].wholeNumberValue, shown >= 1 else {
                rest = rest[digit...]
                continue
            }
            let shownFormat = formats[shown - 1] ?? format
            label += shownFormat.written(levels[shown - 1] ?? min(max(shownFormat.start, 0), 1_000_000))
            rest = rest[rest.index(after: digit)...]
        }
        label += rest
        return label.trimmingCharacters(in: .whitespaces)
    }

    /// Starts `list` afresh (an OpenDocument list that does not continue the one before).
    mutating func restart(_ list: String) {
        counts[list] = nil
    }

    /// Starts `level` of `list` and the levels below it afresh (a Word list that sets a level's
    /// start, in an abstract definition that other lists count in too).
    mutating func restart(_ list: String, level: Int) {
        guard var levels = counts[list] else { return }
        for counted in Array(levels.keys) where counted >= level { levels[counted] = nil }
        counts[list] = levels
    }
}
