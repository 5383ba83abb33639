import Foundation
import Yams

/// Turns the files of a site into the checked model: decodes every file, then checks what
/// links them (branch references, duplicate ids and slugs, media paths).
public enum SiteDecoder {
    public static func decode(_ sources: SiteSources, sink: DiagnosticSink) -> Site? {
        decode(sources, sink: sink, cache: nil).site
    }

    /// What decoding a site gives: the checked model when there is one, the counts of what
    /// decoded, and, for a district decoded with `defersUnitScoreLinks`, the check of its
    /// bodies' links to its pages, which waits for its units' scores (`PageLinkCheck.Pending`).
    struct Decoded {
        var site: Site?
        var counts: Counts
        var pageLinks: PageLinkCheck.Pending?
    }

    /// How many branches, minutes and stories of a site decoded, whether or not the site did
    /// (a `rubric.yaml` missing leaves it without a model): what a district counts of a unit.
    struct Counts: Sendable {
        var branches = 0
        var minutes = 0
        var stories = 0
    }

    /// Decodes the site, taking content files that `cache` holds unchanged from it; what is dated
    /// after `today` is a warning. The branches of the units it lists are read by `unitBranchFolders`;
    /// `router` places the site in the portal being built. With the site, the counts of what
    /// decoded, which a site that did not is counted by. A district's links to its pages are
    /// checked later, by the caller that reads its units' scores, when `defersUnitScoreLinks`;
    /// else now, a link to its units' scores left unchecked.
    static func decode(_ sources: SiteSources, sink: DiagnosticSink, cache: DecodeCache?,
                       today: CalendarDate = .today(),
                       unitBranchFolders: UnitBranchFolders = UnitBranchFolders(),
                       router: Router = Router(), defersUnitScoreLinks: Bool = false) -> Decoded {
        let context = DecodeContext(sink: sink)
        context.router = router
        context.media = Set(sources.media)
        let config = sources.siteConfig.flatMap { file in
            YAMLDocument.parse(file, sink: sink).flatMap { SiteConfigDecoder.decode($0, path: file.path, sink: sink) }
        }
        context.allowHTML = config?.allowHTML ?? false
        let scales = RubricHistoryDecoder.decode(current: sources.rubric, former: sources.formerRubrics, sink: sink)
        let rubric = scales.current
        context.levelIDs = rubric?.levels.map(\.id)
        context.siteFolder = unitBranchFolders.siteFolder
        context.unitBranches = UnitBranches(root: sources.root, units: config?.units ?? [], folders: unitBranchFolders)
        context.unitsUnknown = config == nil
        context.contentPaths = Set(sources.branches.map(\.path) + sources.minutes.map(\.path) + sources.stories.map(\.path))
        context.branchIDs = Set((sources.branchPaths + sources.branches.map(\.path)).map(PathParts.stem(of:)).filter(Slug.isValid))
        let branches = context.decodeEach(sources.branches, cache: cache, wrap: DecodeCache.DecodedModel.branch,
                                          unwrap: { if case .branch(let branch) = $0 { branch } else { nil } }) {
            decodeBranch($0, context: $1)
        }
        context.branchNames = Dictionary(branches.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let sheetName = config?.xlsxSheet
        // As listed, as the decode cache's context names them (`SiteLoader.decodeContext`).
        let scoreFiles = sources.scoreFileNames.map { SiteSources.evaluationsFolder + "/" + $0 }
        let scored = EvaluationBranchNames.resolve(context.decodeEach(
            sources.evaluations, cache: cache, wrap: DecodeCache.DecodedModel.evaluation,
            unwrap: { if case .evaluation(let evaluation) = $0 { evaluation } else { nil } }
        ) {
            decodeEvaluation($0, scales: scales, sheetName: sheetName, scoreFiles: scoreFiles, context: $1)
        }, branches: branches, sink: sink)
        let evaluations = ScoresBeforeFounding.ofBranches(ScoresAfterDissolution.ofBranches(scored, branches: branches, sink: sink),
                                                          branches: branches, sink: sink)
        let minutes = context.decodeEach(sources.minutes, cache: cache, wrap: DecodeCache.DecodedModel.minutes,
                                         unwrap: { if case .minutes(let minutes) = $0 { minutes } else { nil } }) {
            decodeMinutes($0, context: $1)
        }
        let stories = context.decodeEach(sources.stories, cache: cache, wrap: DecodeCache.DecodedModel.story,
                                         unwrap: { if case .story(let story) = $0 { story } else { nil } }) {
            decodeStory($0, context: $1)
        }
        let editorials = sources.bulletins.compactMap { decodeEditorial($0, context: context) }

        // The cross-file check first: it reports through the context, whose state it reads.
        CrossReferenceCheck(context: context).check(evaluations: evaluations, cache: cache)
        // The other checks of the whole site read the decoded files and nothing else: they run
        // side by side, each with a sink of its own, and report in this order. (One flat list: a
        // parallel loop inside another would get one core.)
        let branchIDs = context.branchIDs, mediaReferences = context.mediaReferences, siteFolder = context.siteFolder,
            media = context.media, pageReferences = context.pageReferences
        // What it reads is gathered only when a body links a page: a site may have thousands of files.
        let pageLinks = PageLinkCheck.Pending(
            references: pageReferences, minutes: minutes, stories: stories, branches: branches, editorials: editorials,
            evaluations: evaluations,
            read: pageReferences.isEmpty ? []
                : context.contentPaths.union(sources.bulletins.map(\.path)).union(sources.evaluations.map(\.path)),
            router: router)
        // A district's units' scores make its units' rankings: a link to them is known good once they are read.
        let isDistrict = config.map { !$0.units.isEmpty }
        let defersPageLinks = defersUnitScoreLinks && isDistrict == true
        let checks: [(DiagnosticSink) -> Void] = [
            { DuplicateMeetingCheck.check(minutes, siteFolder: siteFolder, sink: $0) },
            { MinutesFileNameCheck.checkBranches(minutes, branchIDs: branchIDs, sink: $0) },
            { MinutesBeforeFoundingCheck.check(minutes, branches: branches, siteFolder: siteFolder, sink: $0) },
            { AttendanceAboveMembersCheck.check(minutes, branches: branches, siteFolder: siteFolder, sink: $0) },
            { BranchDissolutionCheck.check(branches, sink: $0) },
            { BranchNameCheck.check(branches, siteFolder: siteFolder, sink: $0) },
            { FutureDateCheck.check(minutes: minutes, stories: stories, evaluations: evaluations, branches: branches, today: today, sink: $0) },
            { MinutesSinceCheck.check(config: config, siteFile: sources.siteConfig?.path, branches: branches, minutes: minutes,
                                      today: today, sink: $0) },
            { TagPathCheck.check(stories, router: router, sink: $0) },
            { MediaCheck(available: media, sink: $0).check(mediaReferences) },
            { if !defersPageLinks { pageLinks.run(unitScores: isDistrict == false ? .noDistrict : .unknown, sink: $0) } },
            { $0.report(sources.media.compactMap { RouteCheck.overlongWindowsPath(ofMedia: $0, router: router) }) },
            { if let config { ClusterNameCheck.check(branches, config: config, sink: $0) } },
            { SheetClusterCheck.check(evaluations, branches: branches, config: config, sink: $0) },
        ]
        let found = Parallel.map(checks.count) { index -> [Diagnostic] in
            let checkSink = DiagnosticSink()
            checks[index](checkSink)
            return checkSink.log.entries
        }
        for entries in found { sink.report(entries) }
        let counts = Counts(branches: branches.count, minutes: minutes.count, stories: stories.count)
        let pending = defersPageLinks ? pageLinks : nil
        guard let config, let rubrics = scales.history else { return Decoded(site: nil, counts: counts, pageLinks: pending) }
        let site = Site(root: sources.root, config: config, rubric: rubrics.current, branches: branches, evaluations: evaluations,
                        minutes: minutes, stories: stories, editorials: editorials, media: sources.media, formerRubrics: rubrics.former,
                        pageLinks: PageLinks(pageReferences.filter { !$0.isPageAddress }.map { ($0.location.file, $0.path) }))
        return Decoded(site: site, counts: counts, pageLinks: pending)
    }


    /// The checks of a Markdown body, whose first line is line `firstLine` of the file at `path`:
    /// its links, and text pasted from Word that prints run together (tabbed columns, rows of
    /// pipes that make no table).
    private static func checkBody(_ body: String, firstLine: Int, path: String, context: DecodeContext) {
        BodyLinks.check(body, firstLine: firstLine, path: path, context: context)
        TypedTextChecks.check(body, firstLine: firstLine, path: path, sink: context.sink)
    }

    /// A Markdown file's front matter as YAML, with its line offset and body (and the body's
    /// first line in the file), whose links are checked (`BodyLinks`).
    private static func frontMatter(_ file: SourceText, context: DecodeContext, required: Bool = true)
        -> (node: Node?, offset: Int, body: String, bodyLine: Int, bodyIsFileTail: Bool)? {
        let sink = context.sink
        FileTextChecks.check(file, siteFolder: context.siteFolder, sink: sink)
        guard let parts = FrontMatter(splitting: file.text) else {
            if FrontMatter.opens(file.text) {
                let lookalike = FenceLookalike.closing(in: file.text)
                sink.error(SourceLocation(file: file.path, line: lookalike?.line ?? 1),
                           "phần đầu YAML mở bằng '---' ở dòng 1 nhưng không có dòng '---' đóng lại / the front matter is never closed by a '---' line"
                           + (lookalike.map { FenceLookalike.advice($0, opening: false) } ?? ""))
                return nil
            }
            if !required {
                checkBody(file.text, firstLine: 1, path: file.path, context: context)
                return (nil, 0, file.text, 1, file.isFileBytes)
            }
            // An empty file (0 bytes, a byte-order mark alone, or blank lines only) is told so, as
            // an empty branch or workbook is, rather than sent looking for its '---' lines.
            if file.text.allSatisfy(\.isWhitespace) {
                let size = file.emptyFileSize
                sink.error(SourceLocation(file: file.path, line: 1),
                           "tệp trống\(size.vi): cần phần đầu YAML giữa hai dòng '---' với các trường "
                           + "dạng 'tên: giá trị' / the file is empty\(size.en), expected front matter "
                           + "between '---' lines")
                return nil
            }
            let lookalike = FenceLookalike.opening(in: file.text)
            sink.error(SourceLocation(file: file.path, line: lookalike?.line ?? 1),
                       "thiếu phần đầu YAML giữa hai dòng '---' ở đầu tệp / missing front matter between '---' lines at the top of the file"
                       + (lookalike.map { FenceLookalike.advice($0, opening: true) } ?? ""))
            return nil
        }
        checkBody(parts.body, firstLine: parts.bodyLine, path: file.path, context: context)
        switch YAMLDocument.parse(parts.yaml, path: file.path, firstLine: parts.firstLine) {
        case .success(let node):
            return (node, parts.firstLine - 1, parts.body, parts.bodyLine, file.isFileBytes && parts.bodyIsTextTail)
        case .failure(let errors):
            sink.report(errors.diagnostics)
            return nil
        }
    }

    /// The file's name as its slug, nil after an error when it is none: a name that is a copy's
    /// is told what `copied` says of it (`CopiedFile`), never a folded name (`…-copy`).
    private static func checkedSlug(_ path: String, what: String, context: DecodeContext,
                                    copied: (CopiedFile) -> Diagnostic) -> String? {
        let stem = PathParts.stem(of: path)
        guard Slug.isValid(stem) else {
            if let copy = CopiedFile(path: path, siblings: context.contentPaths) {
                context.sink.report(copied(copy))
                return nil
            }
            context.sink.error(SourceLocation(file: path),
                       "tên tệp \(what) '\(stem)' chỉ được gồm a-z, 0-9 và '-' (gợi ý: '\(Slug.fold(stem))') / file names must be [a-z0-9-]+")
            return nil
        }
        return stem
    }

    private static func decodeBranch(_ file: SourceText, context: DecodeContext) -> Branch? {
        guard let id = checkedSlug(file.path, what: "chi bộ", context: context, copied: {
            copiedBranch(file, copy: $0, context: context)
        }) else { return nil }
        context.claim(.branch, id, at: SourceLocation(file: file.path))
        return branchContent(file, id: id, context: context)
    }

    /// The branch a file's content describes, under `id`, whatever the file's name.
    private static func branchContent(_ file: SourceText, id: String, context: DecodeContext) -> Branch? {
        if file.path.hasSuffix(".md") {
            guard let parts = frontMatter(file, context: context) else { return nil }
            return BranchDecoder.decode(parts.node, id: id, path: file.path, lineOffset: parts.offset,
                                        introduction: parts.body, context: context)
        }
        FileTextChecks.check(file, siteFolder: context.siteFolder, sink: context.sink)
        guard let node = YAMLDocument.parse(file, sink: context.sink) else { return nil }
        return BranchDecoder.decode(node, id: id, path: file.path, lineOffset: 0, introduction: "", context: context)
    }

    /// Scores are checked against the scale of their period (`RubricHistory`); without it,
    /// they cannot be, but the file's YAML syntax, name and emptiness still are.
    /// `scoreFiles` are the paths of the site's score files, this one's among them.
    private static func decodeEvaluation(_ file: SourceText, scales: RubricHistoryDecoder.Decoded, sheetName: String?,
                                         scoreFiles: [String], context: DecodeContext) -> Evaluation? {
        let period = Period(PathParts.stem(of: file.path))
        let sink = context.sink
        let evaluation: Evaluation?
        var rubric = scales.rubric(for: period)
        if file.data == nil { FileTextChecks.check(file, siteFolder: context.siteFolder, sink: sink) }
        // Without its scale, a file is still told what is wrong with it as a file (`UnscaledScoreFile`).
        if file.path.lowercased().hasSuffix(".csv") {
            guard let rubric else {
                UnscaledScoreFile.checkCSV(file.text, period: period, path: file.path, scoreFiles: scoreFiles, sink: sink)
                return nil
            }
            evaluation = EvaluationCSVDecoder.decode(file.text, marked: file.hadByteOrderMark, period: period, path: file.path, rubric: rubric, sink: sink,
                                                     scoreFiles: scoreFiles, scaleNote: ScaleChangeNote(scales: scales, period: period))
        } else if let data = file.data {
            guard let rubric else {
                UnscaledScoreFile.checkWorkbook(data, period: period, path: file.path, scoreFiles: scoreFiles, sink: sink)
                return nil
            }
            evaluation = EvaluationXLSXDecoder.decode(data, sheetName: sheetName, period: period, path: file.path,
                                                      rubric: rubric, sink: sink, scoreFiles: scoreFiles,
                                                      scaleNote: ScaleChangeNote(scales: scales, period: period))
        } else {
            guard let node = YAMLDocument.parse(file, sink: sink) else { return nil }
            // A YAML file's own `period:` wins over its name (`EvaluationDecoder`): its scale too.
            if let written = EvaluationDecoder.writtenPeriod(of: node) { rubric = scales.rubric(for: written) }
            guard let rubric else {
                UnscaledScoreFile.checkYAML(node, period: period, path: file.path, sink: sink)
                return nil
            }
            let written = EvaluationDecoder.writtenPeriod(of: node) ?? period
            evaluation = EvaluationDecoder.decode(node, period: period, path: file.path, rubric: rubric, sink: sink,
                                                  scaleNote: ScaleChangeNote(scales: scales, period: written))
        }
        guard let evaluation else { return nil }
        guard ContentLimits.years.contains(evaluation.period.year) else {
            sink.error(evaluation.source, field: "period", FieldReader.yearProblem(evaluation.period.description, field: "period"))
            return nil
        }
        context.claim(.period, evaluation.period.description, at: evaluation.source)
        return evaluation
    }

    /// The minutes of one file decoded alone, as a build decodes them, with what else is wrong
    /// in it left for `bontot check`: nil when its front matter gives no branch, date or kind
    /// that can be read. For `import minutes`, which must work on a site that does not check.
    static func minutesAlone(_ file: SourceText) -> Minutes? {
        let context = DecodeContext(sink: DiagnosticSink())
        guard let parts = frontMatter(file, context: context) else { return nil }
        return MinutesDecoder.decode(parts.node, slug: PathParts.stem(of: file.path), path: file.path,
                                     lineOffset: parts.offset, body: parts.body, bodyLine: parts.bodyLine, context: context)
    }

    /// The error on a minutes file named as a copy: its own name is the one its branch, date
    /// and kind give (`MinutesFileName`), the file name in its folder, or its path in another.
    private static func copiedMinutes(_ file: SourceText, copy: CopiedFile, context: DecodeContext) -> Diagnostic {
        let own = minutesAlone(file).map { minutes -> String in
            let path = MinutesFileName.path(branch: minutes.branchID, date: minutes.date, kind: minutes.kind)
            return PathParts.folder(of: path) == PathParts.folder(of: file.path) ? String(PathParts.name(of: path)) : path
        }
        return copy.minutesDiagnostic(ownName: own, siblings: context.contentPaths)
    }

    /// The error on a branch file named as a copy: its own name is its `name:` folded, as
    /// `bontot new branch` names a branch's file, when the original is gone; beside the original,
    /// whose name the copy may still hold, only the form is shown.
    private static func copiedBranch(_ file: SourceText, copy: CopiedFile, context: DecodeContext) -> Diagnostic {
        guard copy.original == nil else {
            return copy.diagnostic(what: "chi bộ", basis: ("tên chi bộ", "branch name"), ownName: nil,
                                   pattern: "<ten-chi-bo-khong-dau>.yaml", siblings: context.contentPaths)
        }
        let own = branchContent(file, id: Slug.fold(PathParts.stem(of: file.path)), context: DecodeContext(sink: DiagnosticSink()))
            .map { Slug.fold($0.name) }.flatMap { Slug.isValid($0) ? $0 : nil }
            .map { "\($0).\(PathParts.lowercasedExtension(of: file.path))" }
        return copy.diagnostic(what: "chi bộ", basis: ("tên chi bộ", "branch name"), ownName: own,
                               pattern: "<ten-chi-bo-khong-dau>.yaml", siblings: context.contentPaths)
    }

    /// The story of one file decoded alone, its problems unsaid: the slug a copy's name would take.
    private static func storyAlone(_ file: SourceText) -> Story? {
        let context = DecodeContext(sink: DiagnosticSink())
        guard let parts = frontMatter(file, context: context) else { return nil }
        return StoryDecoder.decode(parts.node, path: file.path, lineOffset: parts.offset, body: parts.body, bodyLine: parts.bodyLine,
                                   context: context)
    }

    /// The branch of one file decoded alone, what is wrong in it left for `bontot check`: for
    /// `new minutes`, which reads whether the branch still exists on the meeting's day.
    static func branchAlone(_ file: SourceText) -> Branch? {
        decodeBranch(file, context: DecodeContext(sink: DiagnosticSink()))
    }

    /// The branches of `files` of `content/branches/`, each decoded alone (`branchAlone`), with
    /// the file it is in; a file that cannot be read or decoded is left out. Read as a build reads
    /// it (`SourceText.read`: UTF-16 with its mark, Notepad's "Unicode", too).
    static func branchesAlone(_ files: [URL]) -> [(file: URL, branch: Branch)] {
        files.compactMap { file in
            guard case .success(let source) = SourceText.read(file, relativePath: "content/branches/" + file.lastPathComponent),
                  let branch = branchAlone(source) else { return nil }
            return (file, branch)
        }
    }

    private static func decodeMinutes(_ file: SourceText, context: DecodeContext) -> Minutes? {
        guard let slug = checkedSlug(file.path, what: "biên bản", context: context, copied: {
            copiedMinutes(file, copy: $0, context: context)
        }) else { return nil }
        context.claim(.minutes, slug, at: SourceLocation(file: file.path))
        guard let parts = frontMatter(file, context: context) else { return nil }
        var minutes = MinutesDecoder.decode(parts.node, slug: slug, path: file.path, lineOffset: parts.offset,
                                            body: parts.body, bodyLine: parts.bodyLine, context: context)
        if parts.bodyIsFileTail { minutes?.bodyIsFileTail = true }
        return minutes
    }

    private static func decodeStory(_ file: SourceText, context: DecodeContext) -> Story? {
        // A story's file name is free, its slug its own: a copy beside its original is an error
        // (it would be published twice, or under a slug of its own from the copy's name), one
        // whose original is gone a warning.
        if let copy = CopiedFile(path: file.path, siblings: context.contentPaths) {
            // Beside its original, the copy's title may still be the original's: only the form is shown.
            let own = copy.original == nil ? storyAlone(file).map { "\(Slug.fold($0.title)).md" } : nil
            let diagnostic = copy.diagnostic(copy.original == nil ? .warning : .error, what: "bài viết",
                                             basis: ("tiêu đề", "title"), ownName: own, pattern: "<tieu-de-khong-dau>.md",
                                             siblings: context.contentPaths)
            context.sink.report(diagnostic)
            if copy.original != nil { return nil }
        }
        guard let parts = frontMatter(file, context: context) else { return nil }
        return StoryDecoder.decode(parts.node, path: file.path, lineOffset: parts.offset, body: parts.body, bodyLine: parts.bodyLine,
                                   context: context)
    }

    private static func decodeEditorial(_ file: SourceText, context: DecodeContext) -> BulletinEditorial? {
        let sink = context.sink
        guard let month = YearMonth(iso: PathParts.stem(of: file.path)), ContentLimits.years.contains(month.year) else {
            sink.error(SourceLocation(file: file.path), "tên tệp bản tin phải là tháng, ví dụ 2024-09.md / the file name must be YYYY-MM")
            return nil
        }
        guard let parts = frontMatter(file, context: context, required: false) else { return nil }
        return EditorialDecoder.decode(parts.node, month: month, path: file.path, lineOffset: parts.offset,
                                       body: parts.body, sink: sink)
    }
}
