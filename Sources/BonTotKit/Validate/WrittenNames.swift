/// Ids by the names people write for them in a score table instead of the id: each name folded
/// (any case, with or without diacritics), and the same without the words a table may leave out
/// in front ("chi bộ", "đảng bộ"). A written name stands for an id when it matches exactly one.
struct WrittenNames {
    /// The folded words a written name may begin with or leave out (`"chi-bo-"`), longest first.
    private let prefixes: [String]
    private var ids: [String: Set<String>] = [:]

    init(leavingOut prefixes: [String]) {
        self.prefixes = prefixes
    }

    /// Makes `name` (and its forms without the leading words) a name of `id`.
    mutating func add(_ name: String, of id: String) {
        for form in forms(Slug.fold(name)) { ids[form, default: []].insert(id) }
    }

    /// Makes `form`, exactly as it is, a name of `id` (an id typed as words).
    mutating func add(exactly form: String, of id: String) {
        ids[form, default: []].insert(id)
    }

    /// The ids the folded `written` name may stand for.
    func matches(_ written: String) -> Set<String> {
        forms(written).reduce(into: Set<String>()) { $0.formUnion(ids[$1] ?? []) }
    }

    /// The one id `written` stands for; nil when it matches none or several.
    func id(_ written: String) -> String? {
        let found = matches(written)
        return found.count == 1 ? found.first : nil
    }

    /// A folded name, and the same without the first of the leading words it begins with.
    private func forms(_ folded: String) -> [String] {
        for prefix in prefixes where folded.hasPrefix(prefix) {
            return [folded, String(folded.dropFirst(prefix.count))]
        }
        return [folded]
    }
}
