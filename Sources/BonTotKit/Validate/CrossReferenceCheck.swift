/// Checks what links files together: every branch a minutes, story or evaluation names exists,
/// no two files claim one id or slug, and no page a file claims collides with the router's.
struct CrossReferenceCheck {
    let context: DecodeContext
    /// The advice on unknown branches, each worked out once: a site of two thousand branches
    /// whose files named two thousand wrong ones was checked in minutes.
    private let advice = UnknownBranchAdvice()

    /// Checks, or takes what the last build's check found when `cache` holds the findings of
    /// the same links (`digest(evaluations:)`).
    func check(evaluations: [Evaluation], cache: DecodeCache?) {
        guard let cache else { return check(evaluations: evaluations) }
        let digest = digest(evaluations: evaluations)
        if let found = cache.linksDiagnostics(digest: digest) {
            context.sink.report(found)
            return
        }
        let before = context.sink.log.entries.count
        check(evaluations: evaluations)
        cache.storeLinksDiagnostics(Array(context.sink.log.entries[before...]), digest: digest)
    }

    /// The hash of everything the check reads: every file's branch references and claims in
    /// order, the branch ids, and each evaluation entry's branch and place.
    func digest(evaluations: [Evaluation]) -> UInt64 {
        var writer = ByteWriter()
        context.linksDigest.write(to: &writer)
        for evaluation in evaluations {
            writer.writeCount(evaluation.entries.count)
            for entry in evaluation.entries {
                entry.branchID.write(to: &writer)
                entry.location.write(to: &writer)
            }
        }
        return writer.bytes.withUnsafeBytes { StableHasher.hash($0) }
    }

    func check(evaluations: [Evaluation]) {
        for kind in Claim.Kind.allCases {
            duplicates(context.claims.filter { $0.kind == kind }, kind: kind)
        }
        for reference in context.branchReferences where !namesAUnitsBranch(reference) {
            self.reference(reference.id, at: reference.location, in: reference.subject)
        }
        for evaluation in evaluations {
            var seen: [String: SourceLocation] = [:]
            for entry in evaluation.entries {
                reference(entry.branchID, at: entry.location, in: .evaluation)
                if let first = seen[entry.branchID] {
                    context.sink.error(entry.location, field: "branch",
                                       "chi bộ '\(entry.branchID)' được chấm hai lần trong kỳ (lần đầu ở \(FirstScoredRow.place(first))) "
                                       + "/ scored twice in the period")
                } else {
                    seen[entry.branchID] = entry.location
                }
            }
        }
        routes()
    }

    /// Slugs the router keeps for its own folders, and pages that would write one file.
    private func routes() {
        let claims = context.claims.compactMap { claim in
            claim.route.map { RouteClaim($0, router: context.router, at: claim.location, field: claim.field) }
        }
        context.sink.report(RouteCheck.diagnostics(claims))
    }

    /// Whether `reference` is a story of a site listing units naming a branch as the district
    /// knows it (`<unit>/<branch>`, SPEC §7, or with a backslash for the slash): checked against
    /// the units once they are loaded; not checked at all while `site.yaml` cannot be read, which
    /// would tell whether the site lists units.
    private func namesAUnitsBranch(_ reference: BranchReference) -> Bool {
        (context.listsUnits || context.unitsUnknown) && reference.subject == .story && (reference.id.contains("/") || reference.id.contains("\\"))
    }

    /// An error at `location` when `id` is no branch of the site: said to be a unit's when it is
    /// one of the units' the site lists.
    private func reference(_ id: String, at location: SourceLocation, in subject: Diagnostic.Subject) {
        guard !context.branchIDs.contains(id) else { return }
        let inCell = location.cell != nil || location.file.lowercased().hasSuffix(".csv")
        let key = UnknownBranchAdvice.Key(id: id, subject: subject, inCell: inCell)
        let message = advice.messages[key] ?? {
            let hint = hint(for: id)
            let message = context.unitBranches.unknownBranchMessage(id, in: subject, hint: hint)
                ?? SharedBranchName.message(id, in: subject, inCell: inCell, known: written(), files: file(ofBranch:))
                ?? "\(subject.name) ghi chi bộ không tồn tại '\(id)' / unknown branch '\(id)'" + hint
            advice.messages[key] = message
            return message
        }()
        context.sink.report(.error(at: location, field: "branch", kind: .unknownBranch(id: id, in: subject), message))
    }

    /// The site's branches by their names, leaving out "chi-bo-" (`WrittenNames`).
    private func written() -> WrittenNames {
        if let written = advice.written { return written }
        var written = WrittenNames(leavingOut: ["chi-bo-"])
        for (branchID, name) in context.branchNames { written.add(name, of: branchID) }
        advice.written = written
        return written
    }

    /// For a branch's name written instead of its id ("Chi bộ khu dân cư số 1", "khu dân cư số
    /// 1"), or the id its file had before it was renamed (its folded name: `ap-2` once the file
    /// is `ap-so-2.yaml`), that branch's id, which a name matches exactly; otherwise the closest
    /// id (for `ap-2`, `ap-1` would be closest, and wrong); failing both, the one branch whose
    /// file was renamed to a longer id (`RenamedBranch`), with its file.
    private func hint(for id: String) -> String {
        if let hint = advice.hints[id] { return hint }
        let hint = workOutHint(for: id)
        advice.hints[id] = hint
        return hint
    }

    /// `hint(for:)`, worked out.
    private func workOutHint(for id: String) -> String {
        guard let named = written().id(Slug.fold(id)), let name = context.branchNames[named] else {
            let candidates = advice.candidates ?? Suggestion.Candidates(context.branchIDs.sorted())
            advice.candidates = candidates
            let close = Suggestion.hint(for: id, among: candidates)
            guard close.isEmpty else { return close }
            let branches = advice.renamed ?? RenamedBranch.Branches(names: context.branchNames)
            advice.renamed = branches
            guard let renamed = RenamedBranch.id(for: id, among: branches), let name = context.branchNames[renamed] else { return close }
            return RenamedBranch.hint(name: name, file: file(ofBranch: renamed), id: renamed, line: "branch: \(renamed)")
        }
        return "; có phải '\(name)'? mã của chi bộ này là '\(named)': hãy ghi branch: \(named) "
            + "/ did you mean '\(name)'? its id is '\(named)': write branch: \(named)"
    }

    /// The file of the branch `id`, as the clerk finds it from the top site.
    private func file(ofBranch id: String) -> String? {
        let files = advice.files ?? context.claims.reduce(into: [String: String]()) { files, claim in
            guard claim.kind == .branch, files[claim.key] == nil else { return }
            files[claim.key] = context.siteFolder + claim.location.file
        }
        advice.files = files
        return files[id]
    }

    /// One error in each file that shares a key with another, naming every file that claims it
    /// from the top site; when one of them is named as a copy, the advice is to delete it if it
    /// is one (`CopiedClaim`).
    private func duplicates(_ claims: [Claim], kind: Claim.Kind) {
        for (key, group) in Dictionary(grouping: claims, by: \.key) where group.count > 1 {
            let files = group.map { context.siteFolder + $0.location.file }.sorted()
            let list = files.joined(separator: ", ")
            // One of them named as a copy: deleting it is the advice, not another key (`CopiedClaim`).
            let copied = CopiedClaim.advice(files: files)
            for claim in group {
                context.sink.error(claim.location,
                                   "\(kind.name.vi) '\(key)' bị trùng giữa các tệp \(list) (\(copied?.vi ?? kind.fix)) / "
                                   + "\(kind.name.en) '\(key)' is claimed by \(files.count) files: \(list)"
                                   + (copied.map { "; \($0.en)" } ?? ""))
            }
        }
    }
}

/// What the advice on unknown branch ids reads, worked out for the first of them (the site's
/// names, its ids read for suggestions, each branch's file), and the advice on each wrong id, kept for the
/// files naming it again.
private final class UnknownBranchAdvice {
    /// One message: the id, what names it, and whether in a table's cell.
    struct Key: Hashable {
        var id: String
        var subject: Diagnostic.Subject
        var inCell: Bool
    }

    var written: WrittenNames?
    var candidates: Suggestion.Candidates?
    var renamed: RenamedBranch.Branches?
    var files: [String: String]?
    var hints: [String: String] = [:]
    var messages: [Key: String] = [:]
}
