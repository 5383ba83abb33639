/// The folding of search (case, tones and hats dropped, đ as d), shared by the index the build
/// writes and the script of the search page: the script folds one character at a time with a
/// table made here from `FoldTable`, so that "dang vien", "ĐẢNG VIÊN" and "đảng viên" meet
/// whatever the browser's own Unicode support.
public enum SearchFolding {
    /// The blocks where folding differs from lower-casing: Latin-1, Latin Extended-A/B, the
    /// combining marks (text typed with decomposed tones) and Latin Extended Additional.
    private static let blocks: [ClosedRange<UInt32>] = [0x80...0x24F, 0x300...0x36F, 0x1E00...0x1EFF]

    /// Every character whose folded form differs from its lower-case form, with that folded
    /// form (empty for a mark that folding drops), in the order of their scalar values.
    public static let scriptTable: [(character: String, folded: String)] = blocks.flatMap { block in
        block.compactMap { value -> (String, String)? in
            guard let scalar = Unicode.Scalar(value) else { return nil }
            let folded = FoldTable.fold(scalar).map { String(Character($0)) } ?? ""
            let lower = scalar.properties.lowercaseMapping
            return folded == lower ? nil : (String(Character(scalar)), folded)
        }
    }

    /// The table as a JSON object (`{"à":"a",…,"̀":""}`), for the search page to read.
    public static var scriptTableJSON: String {
        "{" + scriptTable.map { JSONText.string($0.character) + ":" + JSONText.string($0.folded) }.joined(separator: ",") + "}"
    }

    /// The words of `text` as search matches them: folded, split at anything that is not a
    /// letter or a digit. `"Đảng viên, TỐT!"` → `["dang", "vien", "tot"]`.
    public static func words(_ text: String) -> [String] {
        Slug.foldForSearch(text)
            .split { !($0.isLetter || $0.isNumber) }
            .map(String.init)
    }
}
