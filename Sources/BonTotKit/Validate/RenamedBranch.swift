/// The branch a file names by the id it had before its file was renamed to a longer one
/// (`ap-bac.yaml` now `ap-bac-cu.yaml`, `truong-thcs.md` now `truong-thcs-hoa-thuan.md`), its
/// `name:` kept: too far from the old id for a look-alike, and its name not the old id's.
///
/// Found when exactly one branch's id holds the old id's words one after the other (begins
/// with it or contains it), or its folded name does ("Chi bộ ấp Ấp Bắc" holds `ap-bac`); none
/// when several branches do (`ap` is in every hamlet's id), so the clerk is shown one id or none.
/// The one rule for the site's own files (`CrossReferenceCheck`) and for a district's story
/// naming a unit's branch (`UnitBranchReferences`).
enum RenamedBranch {
    /// The id of the one branch, among `names` (id → name), that `old` may be the former id of.
    static func id(for old: String, names: [String: String]) -> String? {
        id(for: old, among: Branches(names: names))
    }

    /// The id of the one branch among `branches` that `old` may be the former id of: for many
    /// old ids, the branches' words are split once.
    static func id(for old: String, among branches: Branches) -> String? {
        let words = old.split(separator: "-")
        guard !words.isEmpty else { return nil }
        var found: String?
        for branch in branches.words where holds(branch.id, words) || holds(branch.name, words) {
            guard found == nil else { return nil }
            found = branch.key
        }
        return found
    }

    /// Each branch's id and folded name, split into words.
    struct Branches {
        fileprivate let words: [(key: String, id: [Substring], name: [Substring])]

        init(names: [String: String]) {
            words = names.map { id, name in (id, id.split(separator: "-"), Slug.fold(name).split(separator: "-")) }
        }
    }

    /// The end of an "unknown branch" error naming the branch whose id is now `id`: its `name`,
    /// its `file` as the clerk finds it, and the `line` to write (`branch: ap-bac-cu`, or
    /// `branch: xa-a/ap-bac-cu` in a district's story), in Vietnamese then in English.
    static func hint(name: String, file: String?, id: String, line: String) -> String {
        let file = file.map { " (\($0))" } ?? ""
        return "; có phải '\(name)'\(file)? mã của chi bộ này nay là '\(id)': hãy ghi \(line) "
            + "/ did you mean '\(name)'\(file)? its id is now '\(id)': write \(line)"
    }

    /// Whether `words` run on, one after the other, in `whole`.
    private static func holds(_ whole: [Substring], _ words: [Substring]) -> Bool {
        guard whole.count >= words.count else { return false }
        return (0...(whole.count - words.count)).contains { Array(whole[$0..<($0 + words.count)]) == words }
    }
}
