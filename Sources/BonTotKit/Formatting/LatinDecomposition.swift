import Foundation

/// The canonical decomposition of precomposed Latin letters (`ấ` → `a` + `̂` + `́`), as a table
/// built once, so folding and sort keys read one scalar at a time without normalizing whole strings.
enum LatinDecomposition {
    /// Decompositions of the Latin-1, Latin Extended-A/B and Latin Extended Additional blocks,
    /// which hold every precomposed Vietnamese letter.
    private static let table: [UInt32: [Unicode.Scalar]] = {
        var table: [UInt32: [Unicode.Scalar]] = [:]
        let blocks: [ClosedRange<UInt32>] = [0x00C0...0x024F, 0x1E00...0x1EFF]
        for block in blocks {
            for value in block {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let decomposed = Array(String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars)
                if decomposed.count > 1 || decomposed.first != scalar {
                    table[value] = decomposed
                }
            }
        }
        return table
    }()

    /// Calls `body` with each scalar of `text`, precomposed Latin letters split into base and marks.
    static func forEachScalar(in text: String, _ body: (Unicode.Scalar) -> Void) {
        for scalar in text.unicodeScalars {
            if let parts = table[scalar.value] {
                parts.forEach(body)
            } else {
                body(scalar)
            }
        }
    }

    /// True for a combining mark (tone, hat, breve, horn…), which folding drops.
    static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
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
