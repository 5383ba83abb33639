/// What the decoders of one run share: where diagnostics go, what other files they may name,
/// and the references and claims to check once every file is read.
final class DecodeContext {
    let sink: DiagnosticSink
    /// Every branch id a file under `branches/` gives, even when that file has errors of its own,
    /// so a broken branch file is reported once and not again by every file that names it.
    var branchIDs: Set<String> = []
    /// The rubric's level ids, when the rubric could be read.
    var levelIDs: [String]?
    private(set) var mediaReferences: [MediaReference] = []
    private(set) var branchReferences: [BranchReference] = []
    private(set) var claims: [Claim] = []

    init(sink: DiagnosticSink) {
        self.sink = sink
    }

    /// Decodes each file on all cores, each with a context of its own, then gathers their
    /// diagnostics, references and claims here in file order, as if decoded one after another.
    func decodeEach<T>(_ files: [SourceText], _ decode: (SourceText, DecodeContext) -> T?) -> [T] {
        let children = files.map { _ in child() }
        let results = Parallel.map(files.count) { decode(files[$0], children[$0]) }
        children.forEach(merge)
        return results.compactMap { $0 }
    }

    /// Like `decodeEach(_:_:)`, taking the files `cache` holds unchanged from it and recording
    /// the others in it. A workbook is not recorded: how it decodes depends on `site.yaml` too
    /// (the sheet it names).
    func decodeEach<T>(_ files: [SourceText], cache: DecodeCache?, wrap: (T) -> DecodeCache.DecodedModel,
                       unwrap: (DecodeCache.DecodedModel) -> T?, _ decode: (SourceText, DecodeContext) -> T?) -> [T] {
        guard let cache else { return decodeEach(files, decode) }
        return decodeEach(files) { file, context in
            if let entry = file.cached {
                context.sink.report(entry.diagnostics)
                context.mediaReferences = entry.media
                context.branchReferences = entry.branches
                context.claims = entry.claims
                return unwrap(entry.model)
            }
            let model = decode(file, context)
            if let stamp = file.stamp, file.data == nil {
                cache.store(file.path, DecodeCache.Entry(
                    stamp: stamp, hash: file.contentHash, model: model.map(wrap) ?? .nothing,
                    diagnostics: context.sink.log.entries, media: context.mediaReferences,
                    branches: context.branchReferences, claims: context.claims))
            }
            return model
        }
    }

    /// A context for one file: what it may name is this one's, what it finds is its own.
    private func child() -> DecodeContext {
        let child = DecodeContext(sink: DiagnosticSink())
        child.branchIDs = branchIDs
        child.levelIDs = levelIDs
        return child
    }

    private func merge(_ child: DecodeContext) {
        sink.report(child.sink.log.entries)
        mediaReferences += child.mediaReferences
        branchReferences += child.branchReferences
        claims += child.claims
    }

    func referenceMedia(_ path: String, at location: SourceLocation, field: String) {
        mediaReferences.append(MediaReference(path: path, location: location, field: field))
    }

    /// Records that a file names a branch (`branch: kdc-21`); `what` is the kind of file, in Vietnamese.
    func referenceBranch(_ id: String, at location: SourceLocation, in what: String) {
        branchReferences.append(BranchReference(id: id, location: location, what: what))
    }

    /// Records that a file ends with an id or slug of the given kind, which no other file may share.
    func claim(_ kind: Claim.Kind, _ key: String, at location: SourceLocation, field: String? = nil) {
        claims.append(Claim(kind: kind, key: key, location: location, field: field))
    }
}

/// A media path written in a content file (`photo: media/kdc-21.jpg`), checked after loading.
struct MediaReference: Codable, Sendable {
    var path: String
    var location: SourceLocation
    var field: String
}

/// A branch id written in a content file, checked against the branch files after loading.
struct BranchReference: Codable, Sendable {
    var id: String
    var location: SourceLocation
    var what: String
}

/// An id or slug a file ends with: two files that claim one key of one kind are an error.
struct Claim: Codable, Sendable {
    /// What the key names, and so which page the two files would both write.
    enum Kind: String, Codable, Sendable, CaseIterable {
        case branch, minutes, story, period

        /// How the message names the key, Vietnamese / English.
        var name: (vi: String, en: String) {
            switch self {
            case .branch: return ("mã chi bộ", "branch id")
            case .minutes: return ("slug biên bản", "minutes slug")
            case .story: return ("slug bài viết", "story slug")
            case .period: return ("kỳ đánh giá", "evaluation period")
            }
        }

        /// What to do about it.
        var fix: String {
            switch self {
            case .branch: return "chỉ giữ một tệp cho mỗi chi bộ"
            case .minutes: return "đổi tên một tệp"
            case .story: return "ghi 'slug:' khác cho một bài"
            case .period: return "chỉ giữ một tệp điểm (.yaml hoặc .csv) cho mỗi kỳ"
            }
        }
    }

    var kind: Kind
    var key: String
    var location: SourceLocation
    /// The field that gives the key, when a field does (`slug`, `title`).
    var field: String?
}
