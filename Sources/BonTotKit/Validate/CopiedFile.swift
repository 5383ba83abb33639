/// A content file whose name is a copy's (`CopyName`): `chi-bo-a-2026-11 - Copy.md` beside
/// `chi-bo-a-2026-11.md`. Folding that name into a slug (`…-2026-11-copy`) would publish the
/// meeting, branch or story twice, and a copy whose fields were changed for another month would
/// keep the old month in its name; so the error says it looks like a copy of the original, to be
/// deleted if it is one, or else named from its own fields — never a `-copy` name. Its advice
/// depends on whether the original is there: a file told so is not kept in the decode cache
/// (`Diagnostic.Kind.copyName`).
struct CopiedFile {
    /// The copy's path, relative to the site.
    var path: String
    /// The path of the file it copies, when that file is in the same folder.
    var original: String?

    /// Nil when the name of `path` is no copy's; `siblings` are the paths of the content files,
    /// among which the original is looked for beside the copy, with the copy's extension or
    /// another a content file has (a branch's `.yaml` copied as `.md`).
    init?(path: String, siblings: Set<String>) {
        guard let stem = CopyName.original(of: PathParts.stem(of: path)) else { return nil }
        self.path = path
        let folder = PathParts.folder(of: path)
        let own = PathParts.lowercasedExtension(of: path)
        original = ([own] + ["yaml", "md"].filter { $0 != own }).lazy.map { "\(folder)/\(stem).\($0)" }.first { siblings.contains($0) }
        // A name that is a file name too ("mo-hinh-khong-the-sao-chep", as `bontot new story`
        // names a story by its title) is a copy's only beside the file it would copy.
        if original == nil, Slug.isValid(PathParts.stem(of: path)) { return nil }
    }

    /// The diagnostic on the copy: `what` names the kind of file ("biên bản"), `basis` what its
    /// own name is made of, Vietnamese and English ("chi bộ và ngày họp", "branch and date");
    /// `ownName` the name its fields give (nil when they cannot be read, or give the original's
    /// or another file's name), else `pattern` shows the form. A warning when `severity` says so.
    func diagnostic(_ severity: Diagnostic.Severity = .error, what: String, basis: (vi: String, en: String),
                    ownName: String?, pattern: String, siblings: Set<String>) -> Diagnostic {
        let name = String(PathParts.name(of: path))
        let folder = PathParts.folder(of: path)
        // A name its fields give in another folder (`ownName` is then a path) that a file holds
        // already: the copy was made of that file, moved here (a year's minutes copied into the
        // next year's folder); told as a copy of it, never to take its path.
        let elsewhere = ownName.flatMap { own in own.contains("/") && siblings.contains(own) ? own : nil }
        let own = ownName.flatMap { own in siblings.contains(own.contains("/") ? own : "\(folder)/\(own)") || own == name ? nil : own }
        let named = own.map { (vi: ": '\($0)'", en: ": '\($0)'") } ?? (vi: ", dạng \(pattern)", en: ", as \(pattern)")
        let message: String
        if let original = original ?? elsewhere {
            let originalName = original == elsewhere ? Substring(original) : PathParts.name(of: original)
            message = "tệp \(what) '\(name)' có vẻ là bản sao của '\(originalName)': nếu đúng vậy, hãy xoá nó; nếu là \(what) khác, "
                + "hãy đặt tên tệp theo \(basis.vi) của nó\(named.vi) / the file looks like a copy of '\(originalName)': delete it "
                + "if it is one, or name it from its own \(basis.en)\(named.en)"
        } else {
            message = "tên tệp \(what) '\(name)' là tên của một bản sao; hãy đặt tên tệp theo \(basis.vi) của nó\(named.vi) "
                + "/ the file is named as a copy: name it from its own \(basis.en)\(named.en)"
        }
        return Diagnostic(severity, at: SourceLocation(file: path), kind: .copyName, message)
    }

    /// The diagnostic on a copy of a minutes file, whose own name is the one its branch, date and
    /// kind give (`MinutesFileName`).
    func minutesDiagnostic(ownName: String?, siblings: Set<String>) -> Diagnostic {
        diagnostic(what: "biên bản", basis: ("chi bộ và ngày họp", "branch and date"), ownName: ownName,
                   pattern: "<chi-bo>-<năm>-<tháng>.md", siblings: siblings)
    }
}
