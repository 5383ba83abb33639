/// The branch a file names by the id it had before its file was renamed to a longer one
/// (`ap-bac.yaml` now `ap-bac-cu.yaml`, `truong-thcs.md` now `truong-thcs-hoa-thuan.md`), its
/// `name:` kept: too far from the old id for a look-alike, and its name not the old id's.
///
/// Found when exactly one branch's id holds the old id's words one after the other (begins
/// with it or contains it), or its folded name does ("Chi bộ ấp Ấp Bắc" holds `ap-bac`); none
/// when several branches do (`ap` is in every hamlet's id), so the clerk is shown one id or none.
enum RenamedBranch {
    /// The id of the one branch, among `names` (id → name), that `old` may be the former id of.
    static func id(for old: String, names: [String: String]) -> String? {
        let words = old.split(separator: "-")
        guard !words.isEmpty else { return nil }
        let found = names.filter { id, name in
            holds(id.split(separator: "-"), words) || holds(Slug.fold(name).split(separator: "-"), words)
        }
        return found.count == 1 ? found.first?.key : nil
    }

    /// Whether `words` run on, one after the other, in `whole`.
    private static func holds(_ whole: [Substring], _ words: [Substring]) -> Bool {
        guard whole.count >= words.count else { return false }
        return (0...(whole.count - words.count)).contains { Array(whole[$0..<($0 + words.count)]) == words }
    }
}
