/// Files that share an id or slug where one is named as a copy (`CopyName`) whose original is
/// gone or was renamed: `hien-dat - Copy.md` keeping the `slug:` of `ap-2-hien-dat.md`. The
/// advice for the clash is that the copy looks like a copy of the other file, to be deleted if it
/// is one — not to give it another slug, which would publish the story twice.
enum CopiedClaim {
    /// The advice, Vietnamese and English, when `files` (site paths sharing one key) are one file
    /// not named as a copy and one or more named as copies; nil otherwise (no copy's name, or
    /// no single file they could copy), when the kind's own advice stands.
    static func advice(files: [String]) -> (vi: String, en: String)? {
        let names = files.map { String(PathParts.name(of: $0)) }
        let copies = names.filter { CopyName.original(of: PathParts.stem(of: $0)) != nil }
        let originals = names.filter { CopyName.original(of: PathParts.stem(of: $0)) == nil }
        guard !copies.isEmpty, originals.count == 1, let original = originals.first else { return nil }
        let quoted = copies.map { "'\($0)'" }.joined(separator: ", ")
        let (it, one) = copies.count == 1 ? ("nó", "it is one") : ("chúng", "they are")
        return ("tệp \(quoted) có vẻ là bản sao của '\(original)': nếu đúng vậy, hãy xoá \(it)",
                "\(quoted) looks like a copy of '\(original)': delete \(copies.count == 1 ? "it" : "them") if \(one)")
    }
}
