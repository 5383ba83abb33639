import Foundation

/// The canonical decomposition of precomposed Latin letters (`ấ` → `a` + `̂` + `́`), as a table
/// built once, so folding and sort keys read one scalar at a time without normalizing whole strings.
enum LatinDecomposition {
    /// The blocks that hold every precomposed Vietnamese letter: Latin-1, Latin Extended-A/B,
    /// and Latin Extended Additional.
    private static let blocks: [ClosedRange<UInt32>] = [0x00C0...0x024F, 0x1E00...0x1EFF]

    /// Per block, the decomposition of each scalar, nil where it does not decompose.
    private static let tables: [[[Unicode.Scalar]?]] = blocks.map { block in
        block.map { value in
            guard let scalar = Unicode.Scalar(value) else { return nil }
            let decomposed = Array(String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars)
            return decomposed == [scalar] ? nil : decomposed
        }
    }

    /// Calls `body` with each scalar of `text`, precomposed Latin letters split into base and marks.
    static func forEachScalar(in text: String, _ body: (Unicode.Scalar) -> Void) {
        for scalar in text.unicodeScalars {
            if scalar.value >= 0xC0, let parts = decomposition(of: scalar.value) {
                parts.forEach(body)
            } else {
                body(scalar)
            }
        }
    }

    private static func decomposition(of value: UInt32) -> [Unicode.Scalar]? {
        for (index, block) in blocks.enumerated() where block.contains(value) {
            return tables[index][Int(value - block.lowerBound)]
        }
        return nil
    }

    /// True for a combining mark (tone, hat, breve, horn…), which folding drops.
    static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x300 { return false }
        if scalar.value <= 0x36F { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// `d` for `đ` and `D` for `Đ`, the one Vietnamese letter that does not decompose.
    static func baseOfStroke(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar {
        case "\u{0111}": return "d"
        case "\u{0110}": return "D"
        default: return nil
        }
    }
}
