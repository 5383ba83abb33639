/// Folds Vietnamese text into ASCII: slugs for paths and ids, and diacritic-free text for search.
public enum Slug {
    /// The slug of a title: `"Chi bộ khu dân cư số 21"` → `"chi-bo-khu-dan-cu-so-21"`.
    ///
    /// đ becomes d, tones and hats are dropped, letters are lower-cased, every run of anything
    /// outside `[a-z0-9]` becomes one `-`, and dashes at either end are trimmed. The result is
    /// empty when the text holds no foldable letter or digit.
    public static func fold(_ text: String) -> String {
        var slug = ""
        var pendingDash = false
        forEachFoldedScalar(in: text) { scalar in
            if isSlugCharacter(scalar), scalar != "-" {
                if pendingDash, !slug.isEmpty { slug.append("-") }
                pendingDash = false
                slug.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return slug
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
        var folded = ""
        var pendingSpace = false
        forEachFoldedScalar(in: text) { scalar in
            if scalar.properties.isWhitespace {
                pendingSpace = true
                return
            }
            if pendingSpace, !folded.isEmpty { folded.append(" ") }
            pendingSpace = false
            folded.unicodeScalars.append(scalar)
        }
        return folded
    }

    /// Each scalar of `text` without combining marks, đ as d, lower-cased.
    private static func forEachFoldedScalar(in text: String, _ body: (Unicode.Scalar) -> Void) {
        LatinDecomposition.forEachScalar(in: text) { scalar in
            if LatinDecomposition.isCombiningMark(scalar) { return }
            let base = LatinDecomposition.baseOfStroke(scalar) ?? scalar
            if base.isASCII {
                body(Unicode.Scalar(UInt8(ascii: base).lowercasedASCII))
            } else {
                base.properties.lowercaseMapping.unicodeScalars.forEach(body)
            }
        }
    }

    private static func isSlugCharacter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-"
    }
}

private extension UInt8 {
    var lowercasedASCII: UInt8 { (65...90).contains(self) ? self + 32 : self }
}
