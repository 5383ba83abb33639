/// Folds Vietnamese text into ASCII: slugs for paths and ids, and diacritic-free text for search.
public enum Slug {
    /// The slug of a title: `"Chi bộ khu dân cư số 21"` → `"chi-bo-khu-dan-cu-so-21"`.
    ///
    /// đ becomes d, tones and hats are dropped, letters are lower-cased, every run of anything
    /// outside `[a-z0-9]` becomes one `-`, and dashes at either end are trimmed. The result is
    /// empty when the text holds no foldable letter or digit.
    public static func fold(_ text: String) -> String {
        var slug: [UInt8] = []
        slug.reserveCapacity(text.utf8.count)
        var pendingDash = false
        for scalar in text.unicodeScalars {
            guard let folded = FoldTable.fold(scalar) else { continue }
            if folded != "-", isSlugCharacter(folded) {
                if pendingDash, !slug.isEmpty { slug.append(UInt8(ascii: "-")) }
                pendingDash = false
                slug.append(UInt8(truncatingIfNeeded: folded.value))
            } else {
                pendingDash = true
            }
        }
        return String(decoding: slug, as: UTF8.self)
    }

    /// True when `text` is a non-empty run of `[a-z0-9-]`.
    public static func isValid(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy(isSlugCharacter)
    }

    /// Lower-case, diacritic-free text for matching: `"Đảng viên  Tốt"` → `"dang vien tot"`.
    ///
    /// Letters are folded as in `fold(_:)`, every run of white space becomes one space and
    /// the ends are trimmed; punctuation and other characters are kept, lower-cased.
    public static func foldForSearch(_ text: String) -> String {
        var folded: [UInt8] = []
        folded.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            guard let letter = FoldTable.fold(scalar) else { continue }
            if FoldTable.isWhitespace(letter) {
                pendingSpace = true
                continue
            }
            if pendingSpace, !folded.isEmpty { folded.append(UInt8(ascii: " ")) }
            pendingSpace = false
            if letter.isASCII {
                folded.append(UInt8(truncatingIfNeeded: letter.value))
            } else {
                folded.append(contentsOf: UTF8.encode(letter)!)
            }
        }
        return String(decoding: folded, as: UTF8.self)
    }

    private static func isSlugCharacter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-"
    }
}
