/// Finds the known name closest to a misspelt one, for "did you mean" hints.
public enum Suggestion {
    /// The candidate within a small edit distance of `name`, or nil when none is close.
    public static func closest(to name: String, among candidates: some Sequence<String>) -> String? {
        let limit = max(2, name.count / 3)
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(name, candidate)
            if distance <= limit, distance < (best?.distance ?? .max) || (distance == best?.distance && candidate < best!.name) {
                best = (candidate, distance)
            }
        }
        return best?.name
    }

    /// The `count` candidates nearest to `name` by edit distance, nearest first (ties in
    /// alphabetical order), however far they are: for a list to choose from when none is close.
    public static func nearest(to name: String, among candidates: some Sequence<String>, count: Int) -> [String] {
        candidates.map { (name: $0, distance: editDistance(name, $0)) }
            .sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }
            .prefix(count).map(\.name)
    }

    /// " (did you mean 'x'?)" with its Vietnamese twin, or an empty string.
    public static func hint(for name: String, among candidates: some Sequence<String>) -> String {
        guard let match = closest(to: name, among: candidates) else { return "" }
        return " (có phải '\(match)'? / did you mean '\(match)'?)"
    }

    /// Levenshtein distance over characters.
    static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs), b = Array(rhs)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
