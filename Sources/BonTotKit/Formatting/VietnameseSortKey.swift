/// A string's precomputed place in Vietnamese alphabetical order, for sorting many names fast.
///
/// Compares in three levels, then by the text itself so the order is total and deterministic:
/// 1. word by word, as a Vietnamese dictionary does, each word by its letters of the Vietnamese
///    alphabet (a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y, foreign letters in
///    their Latin place), case ignored, and then by its tone: none, huyền, hỏi, ngã, sắc, nặng
///    ("Dung" < "Dùng" < "Dủng" < "Dũng" < "Dúng" < "Dụng"; "Ba Vì" < "Bà Rịa" < "Bá Thước" <
///    "Bác"); white space before punctuation, punctuation before numbers, numbers before
///    letters; a run of digits compares by its value, so "số 3" comes before "số 21";
/// 2. tones letter by letter, for a word whose tone stands on another vowel ("Hoà" < "Hòa");
/// 3. case, lower before upper.
public struct VietnameseSortKey: Hashable, Comparable, Sendable {
    /// The text the key was made from.
    public let text: String
    private let primary: [UInt32]
    private let secondary: [UInt16]
    private let tertiary: [UInt8]

    /// Makes the key of `text`; costs one pass over its scalars.
    public init(_ text: String) {
        var builder = VietnameseSortKeyBuilder()
        LatinDecomposition.forEachScalar(in: text) { builder.add($0) }
        builder.finish()
        self.text = text
        self.primary = builder.primary
        self.secondary = builder.secondary
        self.tertiary = builder.tertiary
    }

    /// The key's first level alone, for telling whether two names are one: equal for the same
    /// letters and tones however cased, composed (NFC or NFD), spaced or with the tone placed
    /// ("Đảng bộ Xã Hoà An" and "Đảng bộ xã Hòa An"), different for letters or tones that differ
    /// ("Bình Thành" and "Bình Thạnh", two communes).
    var sameNameKey: [UInt32] { primary }

    /// Alphabet first, then tones, then case, then the text's scalars.
    public static func < (lhs: VietnameseSortKey, rhs: VietnameseSortKey) -> Bool {
        order(lhs, rhs) < 0
    }

    /// Negative, zero or positive as `lhs` comes before, with, or after `rhs`, in one pass.
    static func order(_ lhs: VietnameseSortKey, _ rhs: VietnameseSortKey) -> Int {
        let byWeights = compare(lhs.primary, rhs.primary)
        if byWeights != 0 { return byWeights }
        let byTones = compare(lhs.secondary, rhs.secondary)
        if byTones != 0 { return byTones }
        let byCase = compare(lhs.tertiary, rhs.tertiary)
        if byCase != 0 { return byCase }
        return lhs.text == rhs.text ? 0 : (lhs.text < rhs.text ? -1 : 1)
    }

    private static func compare<Weight: Comparable>(_ lhs: [Weight], _ rhs: [Weight]) -> Int {
        for (left, right) in zip(lhs, rhs) where left != right {
            return left < right ? -1 : 1
        }
        return lhs.count == rhs.count ? 0 : (lhs.count < rhs.count ? -1 : 1)
    }
}
