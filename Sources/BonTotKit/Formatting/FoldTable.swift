/// Folds one scalar at a time for slugs and search: tones, hats and other marks dropped, đ as d,
/// lower-cased; a table below U+2000 (where Vietnamese and other Latin letters live) makes it fast.
enum FoldTable {
    private static let limit: UInt32 = 0x2000

    /// The folded scalar value per scalar below `limit`; 0 for a mark that folding drops.
    private static let table: [UInt32] = (0..<limit).map { value in
        guard let scalar = Unicode.Scalar(value) else { return value }
        var base: Unicode.Scalar?
        LatinDecomposition.forEachScalar(in: String(scalar)) { part in
            if base == nil, !LatinDecomposition.isCombiningMark(part) { base = part }
        }
        guard let base else { return 0 }
        let plain = LatinDecomposition.baseOfStroke(base) ?? base
        return (plain.properties.lowercaseMapping.unicodeScalars.first ?? plain).value
    }

    /// The folded form of `scalar`, or nil when folding drops it.
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        if scalar.value < limit {
            let folded = table[Int(scalar.value)]
            return folded == 0 && scalar.value != 0 ? nil : Unicode.Scalar(folded)
        }
        if LatinDecomposition.isCombiningMark(scalar) { return nil }
        return scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
    }

    /// True for white space, with a fast path for ASCII.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
    }
}
