import Synchronization

/// Finds the known name closest to a misspelt one, for "did you mean" hints.
public enum Suggestion {
    /// How many edit distances have been worked out, ever: for tests that a check of thousands of
    /// misspelt references does not work out the same ones again.
    static let distancesWorkedOut = Atomic<Int>(0)

    /// The candidate within a small edit distance of `name`, or nil when none is close (ties
    /// in alphabetical order).
    public static func closest(to name: String, among candidates: some Sequence<String>) -> String? {
        Candidates(candidates).closest(to: name)
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
        hint(for: name, among: Candidates(candidates))
    }

    /// `hint(for:among:)` against candidates read once for many names.
    static func hint(for name: String, among candidates: Candidates) -> String {
        guard let match = candidates.closest(to: name) else { return "" }
        return " (có phải '\(match)'? / did you mean '\(match)'?)"
    }

    /// Names to suggest, each read once into its characters' numbers, for `closest(to:)` asked
    /// of many misspelt names (a check of thousands of files naming thousands of wrong branches).
    struct Candidates {
        private let names: [String]
        /// Each name's characters, numbered in `alphabet`: equal numbers, equal characters.
        private let codes: [[Int]]
        private var alphabet: [Character: Int] = [:]

        init(_ names: some Sequence<String>) {
            self.names = Array(names)
            var alphabet: [Character: Int] = [:]
            codes = self.names.map { name in name.map { Self.code($0, in: &alphabet) } }
            self.alphabet = alphabet
        }

        private static func code(_ character: Character, in alphabet: inout [Character: Int]) -> Int {
            if let code = alphabet[character] { return code }
            alphabet[character] = alphabet.count
            return alphabet.count - 1
        }

        /// The name within a small edit distance of `name` (a third of its characters, two at
        /// least), the nearest, in alphabetical order among equals; nil when none is close. A name
        /// whose length alone puts it out of reach is passed over, and a distance is given up once
        /// it passes the best found: against thousands of branch ids, few are worked out whole.
        func closest(to name: String) -> String? {
            var alphabet = alphabet
            let typed = name.map { Self.code($0, in: &alphabet) }
            let limit = max(2, typed.count / 3)
            var best: (index: Int, distance: Int)?
            for index in names.indices {
                let within = best?.distance ?? limit
                guard abs(codes[index].count - typed.count) <= within,
                      let distance = Suggestion.editDistance(typed, codes[index], atMost: within) else { continue }
                if let current = best, distance == current.distance, names[index] >= names[current.index] { continue }
                best = (index, distance)
            }
            return best.map { names[$0.index] }
        }
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

    /// The Levenshtein distance of `a` and `b` (characters by their numbers) when it is `bound`
    /// or less; nil when it is more. Only the cells within `bound` of the table's diagonal are
    /// worked out (a path through any other costs more), and the work stops as soon as a whole
    /// row exceeds `bound`.
    static func editDistance(_ a: [Int], _ b: [Int], atMost bound: Int) -> Int? {
        distancesWorkedOut.add(1, ordering: .relaxed)
        let m = a.count, n = b.count
        guard abs(m - n) <= bound else { return nil }
        let beyond = bound + 1
        // Row 0, and past the band of each row: beyond the bound.
        var previous = [Int](repeating: beyond, count: n + 2)
        var current = previous
        var j = 0
        while j <= min(n, bound) {
            previous[j] = j
            j += 1
        }
        var i = 1
        while i <= m {
            let low = max(1, i - bound), high = min(n, i + bound)
            current[low - 1] = low == 1 ? i : beyond
            var least = current[low - 1]
            j = low
            while j <= high {
                var cell = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                if previous[j] + 1 < cell { cell = previous[j] + 1 }
                if current[j - 1] + 1 < cell { cell = current[j - 1] + 1 }
                current[j] = cell
                if cell < least { least = cell }
                j += 1
            }
            current[high + 1] = beyond
            if least > bound { return nil }
            swap(&previous, &current)
            i += 1
        }
        return previous[n] <= bound ? previous[n] : nil
    }
}
