/// Where a branch's mergers lead by a given day: a village merged into another that was merged
/// in turn belongs, after the second merger, to the branch the chain of `merged_into` reaches.
/// What minutes dated after a merger are told to write (`branch:` in the file, `--branch` for
/// `bontot new minutes`) is that branch, not one that no longer existed on the meeting's day.
enum MergerChain {
    /// What is known of one branch: its `dissolved` day and its `merged_into`, nil when there is
    /// no such branch.
    typealias Ending = (dissolved: CalendarDate?, mergedInto: String?)

    /// The branch `first` leads to on `day`: `first` itself when it still existed that day, else
    /// its successor's, followed as far as one that did. When the chain breaks (an unknown id, a
    /// branch dissolved without successor, a loop), `first`, whose problem `check` reports.
    static func successor(_ first: String, on day: CalendarDate, ending: (String) -> Ending?) -> String {
        var current = first
        var visited: Set<String> = [first]
        while let known = ending(current), let ended = known.dissolved, ended <= day {
            guard let next = known.mergedInto, !visited.contains(next), ending(next) != nil else { return first }
            visited.insert(next)
            current = next
        }
        return current
    }
}
