import BonTotOffice
import Foundation

/// `bontot import minutes FILE.docx|DIR --branch ID`: turns Word minutes into
/// `content/minutes/<yyyy>/<branch>-<yyyy>-<mm>.md` (SPEC §8), the front matter filled from the
/// document's usual wording, the body as Markdown. It never overwrites a file (a suffix `-2`,
/// `-3`… when the name is taken), reports each field it could not find as a warning on the line
/// the editor completes, and attendance figures that do not add up on the line of `attendance`,
/// and checks what it wrote as `bontot check` does. A document of a meeting the site already
/// records (same branch, date and kind: most often the same document imported again) is not
/// imported, unless `allowDuplicates` says it is another meeting. A document whose header names
/// another branch of the site, or already imported for another branch, is imported with a
/// warning (`warnOfOtherBranch`).
public enum MinutesImport {
    /// One document imported (or, with `dryRun`, what would be).
    public struct Outcome: Sendable {
        /// The document, as the command was given it.
        public var source: String
        /// The file written, relative to the site (`content/minutes/2024/ap-1-2024-10.md`).
        public var path: String?
        /// The file's text.
        public var text: String?
        /// The front-matter fields filled from the document.
        public var filled: [String] = []
        /// "TCVN3 (ABC)" and "VNI" when runs in those fonts were converted to Unicode.
        public var convertedEncodings: [String] = []
    }

    /// What an import did, and every problem: fields not found (warnings against the written
    /// file), documents that could not be read, and what checking the written files reported.
    public struct Report: Sendable {
        public var outcomes: [Outcome] = []
        public var diagnostics = DiagnosticLog()
    }

    /// Imports `input` (a .docx or .odt, or a folder of them, where what no clerk put there is
    /// passed over as content folders pass it over: `UnreadFile.isNotPutThereOnPurpose`) into the
    /// site at `siteRoot`; an old
    /// Word .doc or an .rtf is saved as .docx by LibreOffice when `libreOfficeSearchPath` (the
    /// `PATH` by default) has it. `siteFolder` is the site's folder named from where bontot runs
    /// (`--site ../district` is `../district/`; `""` for the current folder): every file of the
    /// site a diagnostic names is named from there, and a `--branch` of one of the site's units is
    /// told the `--site` of that unit from there (`UnknownBranch`).
    public static func run(_ input: URL, source: String, siteRoot: URL, siteFolder: String = "", branch: String, kind: MeetingKind?,
                           dryRun: Bool, allowDuplicates: Bool = false,
                           libreOfficeSearchPath: String? = ProcessInfo.processInfo.environment["PATH"]) -> Report {
        var report = Report()
        let sink = DiagnosticSink()
        if let problem = UnknownBranch.problem(branch, siteRoot: siteRoot, siteFolder: siteFolder) {
            sink.error(.option("--branch"), field: "branch", problem)
            report.diagnostics = sink.log
            return report
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: input.path, isDirectory: &isFolder) else {
            sink.error(SourceLocation(file: source), "không tìm thấy tệp / no such file")
            report.diagnostics = sink.log
            return report
        }
        // In a folder, the copies a browser or a file manager made ("… (1).docx") come after the
        // originals, which are imported first (`DocumentCopyName`).
        let documents: [(URL, String)] = isFolder.boolValue
            ? DocumentCopyName.originalsFirst(SiteReader.files(in: input, recursive: false, within: input)
                .filter { (["docx", "odt"] + OtherDocumentFormat.extensions).contains($0.pathExtension.lowercased())
                    && !UnreadFile.isNotPutThereOnPurpose(Substring($0.lastPathComponent)) }, name: \.lastPathComponent)
                .map { ($0, source.hasSuffix("/") ? source + $0.lastPathComponent : source + "/" + $0.lastPathComponent) }
            : [(input, source)]
        if documents.isEmpty { sink.warning(SourceLocation(file: source), "thư mục không có tệp .docx hay .odt nào / no .docx or .odt in the folder") }
        var planned = Set<String>()
        let header = documents.isEmpty ? nil : HeaderBranch(siteRoot: siteRoot)
        var meetings = documents.isEmpty ? [:] : SiteMeetings.files(in: siteRoot).mapValues { Recorded(path: $0) }
        // Old Word and RTF documents, saved as .docx by LibreOffice all at once. An empty one is
        // not (LibreOffice would make an empty document of it): its 0 bytes stand for the .docx,
        // which the reader says is empty (`OfficeError.emptyFile`), as it says of an empty .docx.
        let old = documents.map(\.0).filter { OtherDocumentFormat($0.pathExtension)?.isConvertible ?? false }
        let empty = old.filter(isEmptyFile)
        let full = old.filter { !empty.contains($0) }
        var converted = full.isEmpty ? [:] : LibreOfficeConverter.find(searchPath: libreOfficeSearchPath)?.convert(full, to: .docx) ?? [:]
        for url in empty { converted[url] = .success(Data()) }
        for (url, name) in documents {
            guard let outcome = importOne(url, source: name, siteRoot: siteRoot, siteFolder: siteFolder, branch: branch, kind: kind,
                                          planned: &planned, meetings: &meetings, allowDuplicates: allowDuplicates,
                                          dryRun: dryRun, converted: converted, header: header, sink: sink) else { continue }
            report.outcomes.append(outcome)
        }
        let written = Set(report.outcomes.compactMap { $0.path.map { siteFolder + $0 } })
        if !dryRun, !written.isEmpty {
            // What the import said about a field on a line (figures that do not add up, in the
            // document's own terms) is not said again by the check.
            let said = Set(sink.log.entries.filter { $0.severity == .warning }.map { "\($0.location)|\($0.field ?? "")" })
            // The check's messages name the site's other files from where bontot runs too (the
            // branch file whose `members` the attendance is above), as they name the file written.
            let check = SiteLoader.load(root: siteRoot, cache: nil,
                                        unitBranchFolders: UnitBranchFolders(siteFolder: siteFolder))
            sink.report(check.diagnostics.entries.map { $0.placed(in: siteFolder) }.filter {
                written.contains($0.location.file) && !($0.severity == .warning && said.contains("\($0.location)|\($0.field ?? "")"))
            })
        }
        report.diagnostics = sink.log
        return report
    }

    /// True when the file at `url` has no byte (a copy that failed); false when it cannot be told.
    private static func isEmptyFile(_ url: URL) -> Bool {
        (try? url.resourceValues(forKeys: [.fileSizeKey]))?.fileSize == 0
    }

    /// A meeting the site records, in `path`; `source` is the document when this run imports it,
    /// as the command was given it, and `document` that document on disk.
    private struct Recorded {
        var path: String
        var source: String?
        var document: URL?
    }

    private static func importOne(_ url: URL, source: String, siteRoot: URL, siteFolder: String, branch: String, kind: MeetingKind?,
                                  planned: inout Set<String>, meetings: inout [MeetingKey: Recorded], allowDuplicates: Bool,
                                  dryRun: Bool, converted: [URL: Result<Data, LibreOfficeConverter.Failure>],
                                  header: HeaderBranch?, sink: DiagnosticSink) -> Outcome? {
        let location = SourceLocation(file: source)
        guard var data = FileManager.default.contents(atPath: url.path) else {
            sink.error(location, "không đọc được tệp / cannot read the file")
            return nil
        }
        if let format = OtherDocumentFormat(url.pathExtension) {
            // Not converted: a PDF, or no LibreOffice on the machine.
            guard let result = converted[url] else {
                format.report(at: location, sink: sink)
                return nil
            }
            switch result {
            case .success(let docx): data = docx
            case .failure(let failure):
                format.report(at: location, conversionFailure: failure, sink: sink)
                return nil
            }
        }
        guard let draft = draft(data, at: location, branch: branch, kind: kind, members: header?.members(of: branch) ?? [],
                                sink: sink) else { return nil }
        let meeting = MeetingKey(branchID: branch, date: draft.date, kind: draft.kind)
        if !allowDuplicates, let recorded = meetings[meeting] {
            refuseDuplicate(meeting, recorded: recorded, named: siteFolder + recorded.path, of: url, at: location, dryRun: dryRun, sink: sink)
            return nil
        }
        let path = freePath(branch: branch, date: draft.date, kind: draft.kind, anotherMeeting: meetings[meeting] == nil) { candidate in
            planned.contains(candidate) || FileManager.default.fileExists(atPath: siteRoot.appending(path: candidate).path)
        }
        planned.insert(path)
        let elsewhere = allowDuplicates ? nil : SameDocumentElsewhere.recorded(
            WordMarkdown.markdown(draft.document), branch: branch, date: draft.date, kind: draft.kind,
            meetings: meetings.filter { $0.value.source == nil }.mapValues(\.path), siteRoot: siteRoot)
        warnOfOtherBranch(draft, header: header, elsewhere: elsewhere, branch: branch, path: siteFolder + path,
                          at: location, siteFolder: siteFolder, dryRun: dryRun, sink: sink)
        if meetings[meeting] == nil { meetings[meeting] = Recorded(path: path, source: source, document: url) }
        reportGaps(of: draft, in: siteFolder + path, source: source, sink: sink)
        let text = draft.text
        if !dryRun {
            let target = siteRoot.appending(path: path)
            do {
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                guard FileManager.default.createFile(atPath: target.path, contents: Data(text.utf8)) else {
                    throw CocoaError(.fileWriteUnknown)
                }
            } catch {
                sink.error(SourceLocation(file: siteFolder + path), "không ghi được tệp / cannot write the file")
                return nil
            }
        }
        let encodings = LegacyEncoding.allCases.filter { draft.document.convertedRuns[$0] != nil }.map(\.displayName)
        return Outcome(source: source, path: path, text: text, filled: draft.frontMatter.filled, convertedEncodings: encodings)
    }

    /// A document read into the text of a minutes file, before it has a name.
    struct Draft {
        var document: WordDocument
        var facts: MinutesFacts
        var date: CalendarDate
        var kind: MeetingKind
        var frontMatter: MinutesFrontMatterWriter
        /// The file's text: its front matter, then the document as Markdown.
        var text: String { frontMatter.text + WordMarkdown.markdown(document) }
    }

    /// The minutes file `data` (a .docx or .odt) becomes, with what `import minutes` reports
    /// about it, all in memory and written nowhere: the name it would have beside the files
    /// `taken`, and its text. Nil after an error: a document that cannot be read (a damaged zip,
    /// a part that is not XML), or that names no meeting date.
    public static func convert(_ data: Data, source: String, branch: String, kind: MeetingKind?, taken: Set<String>,
                               sink: DiagnosticSink) -> (path: String, text: String)? {
        guard let draft = draft(data, at: SourceLocation(file: source), branch: branch, kind: kind, sink: sink) else { return nil }
        let path = freePath(branch: branch, date: draft.date, kind: draft.kind) { taken.contains($0) }
        reportGaps(of: draft, in: path, source: source, sink: sink)
        return (path, draft.text)
    }

    /// `data` read as the minutes of `branch`, whose `members` (folded) the site knows; nil after
    /// an error at `location`.
    private static func draft(_ data: Data, at location: SourceLocation, branch: String, kind: MeetingKind?,
                              members: Set<String> = [], sink: DiagnosticSink) -> Draft? {
        let document: WordDocument
        do {
            document = TypedSectionHeadings.marking(try WordDocuments.open(data))
        } catch {
            sink.error(location, error.description)
            return nil
        }
        let facts = PageHeaderLines.facts(of: document, resolutionItems: resolutionItems(of: document)).takingKnownMembers(members)
        guard let date = facts.date else {
            let found = MeetingDateMessages.notFound(facts.dateReading.problem)
            sink.error(location, field: "date",
                       "không tìm thấy ngày họp (\"Thời gian: … ngày 05 tháng 9 năm 2024\" hoặc \"05/9/2024\")\(found.vietnamese); "
                       + "chưa nhập tệp này / no meeting date found\(found.english): not imported")
            return nil
        }
        let meetingKind = kind ?? facts.kind ?? .thuongKy
        return Draft(document: document, facts: facts, date: date, kind: meetingKind,
                     frontMatter: MinutesFrontMatterWriter(facts: facts, branch: branch, kind: meetingKind, date: date))
    }

    /// The warnings about what the front matter of `draft`, in the file at `path`, lacks or
    /// gives in figures that do not add up, on the lines the editor completes.
    private static func reportGaps(of draft: Draft, in path: String, source: String, sink: DiagnosticSink) {
        let facts = draft.facts, frontMatter = draft.frontMatter
        for missing in frontMatter.missing {
            sink.warning(SourceLocation(file: path, line: missing.line), field: missing.field,
                         "chưa tìm thấy '\(missing.field)' trong biên bản (\(missing.hint)); hãy điền rồi bỏ dấu '#' đầu dòng "
                         + "/ '\(missing.field)' not found in the document: fill it in")
        }
        if let taken = MeetingDateMessages.yearTaken(facts.dateReading.problem, date: draft.date, source: source),
           let line = frontMatter.fieldLines["date"] {
            sink.warning(SourceLocation(file: path, line: line), field: "date", taken)
        }
        if let conflict = MeetingDateMessages.titleConflict(facts.dateReading.titleConflict, date: draft.date, source: source),
           let line = frontMatter.fieldLines["date"] {
            sink.warning(SourceLocation(file: path, line: line), field: "date", conflict)
        }
        if let unsaid = AttendanceMessages.reasonsUnsaid(facts, source: source), let line = frontMatter.fieldLines["attendance"] {
            sink.warning(SourceLocation(file: path, line: line), field: "attendance", unsaid)
        }
        for unsure in [AttendanceMessages.unsureNames(facts, source: source), AttendanceMessages.unnamedVillageHeads(facts, source: source)]
            .compactMap({ $0 }) {
            if let line = frontMatter.fieldLines["attendance"] ?? frontMatter.fieldLines["absent"] {
                sink.warning(SourceLocation(file: path, line: line), field: "absent", unsure)
            }
        }
        if let unlike = facts.absentNamesUnlikeCounts, let line = frontMatter.fieldLines["attendance"] ?? frontMatter.fieldLines["absent"] {
            // On the line and field the check's own warning of more names than counts takes, which it then leaves unsaid.
            sink.warning(SourceLocation(file: path, line: line), field: "absent", unlike.message(source: source))
        }
        if let mismatch = AttendanceMessages.mismatch(facts, source: source), let line = frontMatter.fieldLines["attendance"] {
            sink.warning(SourceLocation(file: path, line: line), field: "attendance", mismatch)
        }
    }

    /// The error for a document of a meeting the site already records, or that this run has just
    /// imported from another document: which file records it (named `path` from where bontot
    /// runs), and how to import it anyway. A document at `url` named as a copy of the one just
    /// imported ("… (1).docx" beside "….docx") is said to be that copy: only a warning when its
    /// bytes are the original's (nothing in it is lost by passing it over), an error when they
    /// differ (it may hold edits made after the original). With `dryRun`, the one this run read
    /// first "sẽ được nhập": nothing was written.
    private static func refuseDuplicate(_ meeting: MeetingKey, recorded: Recorded, named path: String, of url: URL,
                                        at location: SourceLocation, dryRun: Bool, sink: DiagnosticSink) {
        // With --dry-run the document just read is not written: it "would be" imported.
        let imported = dryRun ? (vietnamese: "sẽ được nhập", english: "to be imported")
            : (vietnamese: "vừa được nhập", english: "just imported")
        if let original = recorded.source,
           DocumentCopyName.areCopies(url.lastPathComponent, URL(fileURLWithPath: original).lastPathComponent) {
            if let document = recorded.document, FileManager.default.contentsEqual(atPath: document.path, andPath: url.path) {
                sink.warning(location, "bỏ qua '\(url.lastPathComponent)': bản sao giống hệt '\(original)', \(imported.vietnamese) vào "
                             + "\(path) / skipped '\(url.lastPathComponent)': an identical copy of '\(original)', \(imported.english) "
                             + "into \(path)")
                return
            }
            sink.error(location, field: "date",
                       "'\(url.lastPathComponent)' là bản sao của '\(original)' (cùng cuộc họp: \(meeting.vietnamese)), \(imported.vietnamese) "
                       + "vào \(path); chưa nhập bản sao này. Nếu đúng là một cuộc họp khác, chạy lại với --allow-duplicate "
                       + "/ '\(url.lastPathComponent)' is a copy of '\(original)' (the same meeting: \(meeting.english)), \(imported.english) "
                       + "into \(path): not imported (--allow-duplicate imports it anyway, into a new file)")
            return
        }
        let vietnamese = recorded.source.map { "\(imported.vietnamese) từ '\($0)' vào \(path)" } ?? "đã có trong \(path)"
        let english = recorded.source.map { "\(dryRun ? "is" : "was") \(imported.english) from '\($0)' into \(path)" } ?? "is already in \(path)"
        sink.error(location, field: "date",
                   "biên bản của cuộc họp này (\(meeting.vietnamese)) \(vietnamese); chưa nhập tệp này, để không đếm "
                   + "một cuộc họp hai lần. Nếu đúng là một cuộc họp khác, chạy lại với --allow-duplicate "
                   + "/ the minutes of this meeting (\(meeting.english)) \(english): not imported "
                   + "(--allow-duplicate imports it anyway, into a new file)")
    }

    /// The minutes file's name (`MinutesFileName`); when it is taken by `anotherMeeting` of the
    /// month (a make-up meeting, a second regular one), the name with the meeting's day, as
    /// `bontot new minutes` names it (`SecondMeetingName`); then with `-2`, `-3`… while `isTaken`
    /// (another file of the same meeting, `--allow-duplicate`).
    static func freePath(branch: String, date: CalendarDate, kind: MeetingKind, anotherMeeting: Bool = false,
                         isTaken: (String) -> Bool) -> String {
        var candidate = MinutesFileName.path(branch: branch, date: date, kind: kind)
        if anotherMeeting, isTaken(candidate) {
            candidate = MinutesFileName.path(branch: branch, date: date, kind: kind, withDay: true)
        }
        var number = 2
        while isTaken(candidate) {
            candidate = MinutesFileName.path(branch: branch, date: date, kind: kind, number: number)
            number += 1
        }
        return candidate
    }

    /// Every line of text, paragraphs and table cells in reading order; a table of figures by
    /// label gives one line, "Tổng số đảng viên: 40; Có mặt: 36; Vắng: 04; …", as minutes write
    /// them in a paragraph, and so does each row under a header row (`headedRows`).
    static func lines(of document: WordDocument) -> [String] {
        lines(of: document.blocks)
    }

    /// The lines of `blocks` (the body's, or the page header's), as `lines(of:)` reads a document's.
    static func lines(of blocks: [WordBlock]) -> [String] {
        blocks.flatMap { block -> [String] in
            switch block {
            case .paragraph(let paragraph): [paragraph.text]
            case .table(let table):
                WordMarkdown.labelledFigures(table.rows).map { [$0.joined(separator: "; ")] }
                    ?? (WordMarkdown.isLayout(table.rows) ? nil : headedRows(table.rows))
                    ?? table.rows.flatMap { $0.flatMap { $0.map(\.text) } }
            }
        }
        .flatMap { $0.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) } }
        .filter { !$0.isEmpty }
    }

    /// The rows below a table's header row as lines "Có mặt: 25; Vắng có lý do: 2; …", each
    /// figure with the title of its column, as minutes write them in a paragraph: a table of
    /// attendance laid across ("Tổng số đảng viên | Phải dự | Có mặt | Vắng có lý do | …" over
    /// the figures). Nil for a table of one row or one column, or whose first row holds figures.
    static func headedRows(_ rows: [[[WordParagraph]]]) -> [String]? {
        let cells = rows.map { row in
            row.map { cell in cell.map(\.text).joined(separator: " ").replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces) }
        }.filter { $0.contains { !$0.isEmpty } }
        guard cells.count > 1, let header = cells.first, header.count > 1, !header.contains(where: { $0.first?.isNumber == true }) else {
            return nil
        }
        return cells.dropFirst().map { row in
            zip(header, row).filter { !$0.1.isEmpty }.map { $0.0.isEmpty ? $0.1 : "\($0.0): \($0.1)" }.joined(separator: "; ")
        }
    }

    /// The items under the first "Nghị quyết" or "Kết luận" heading that has any: list
    /// paragraphs, or lines that begin with "-", "+", "•", a number ("1.", "1)", "1/") or a
    /// letter ("a)", or "a." in its sequence: `ResolutionOutline.isTypedMarker`), up to the first
    /// paragraph that is neither; a sentence ending in ":" before the first item leads into them
    /// and is passed over, and a line naming a field ("Về phát triển kinh tế:") heads the items
    /// after it. An item nested under another (a list level deeper, a bullet under a number, or
    /// typed: "a)" or "-" under "1.", "+" under "-") is a sub-item of it, or a resolution of its
    /// own when the one above is a group heading (`ResolutionOutline`). A chair's conclusion in a
    /// sentence ("Kết luận: chi bộ thống nhất…") has none, and the resolutions are looked for
    /// further on. With no such items, the rows of a table of resolutions under one (`ResolutionTable`).
    static func resolutionItems(of document: WordDocument) -> [ResolutionItem] {
        let paragraphs = document.blocks.compactMap { block -> WordParagraph? in
            if case .paragraph(let paragraph) = block { return paragraph }
            return nil
        }
        for start in paragraphs.indices where isResolutionHeading(paragraphs[start]) {
            let items = resolutionOutline(after: start, in: paragraphs).items
            if !items.isEmpty { return items }
        }
        return ResolutionTable.items(in: document.blocks, isHeading: isResolutionHeading)
    }

    private static func resolutionOutline(after start: Int, in paragraphs: [WordParagraph]) -> ResolutionOutline {
        var outline = ResolutionOutline()
        var letter: Character?
        for paragraph in paragraphs[(start + 1)...] {
            let text = paragraph.text.trimmingCharacters(in: .whitespaces)
            if text.isEmpty { continue }
            if paragraph.list != nil {
                outline.add(text, depth: ResolutionOutline.depth(ofListItem: paragraph))
            } else if let marker = text.firstMatch(of: /^(?:[-+•–]|\d{1,2}[.)\/]|[a-zđ][.)])\s+/),
                      ResolutionOutline.isTypedMarker(marker.output, after: letter) {
                if let first = marker.output.first, first.isLetter {
                    letter = first
                } else if marker.output.first?.isNumber == true {
                    letter = nil
                }
                outline.add(String(text[marker.range.upperBound...]), depth: ResolutionOutline.depth(ofTypedMarker: marker.output))
            } else if ResolutionOutline.isUnmarkedGroup(paragraph) {
                outline.add(text, depth: -1, unmarked: true)
            } else if outline.isEmpty, text.hasSuffix(":") {
                // A sentence leading into the items ("Chi bộ thống nhất các nội dung sau:").
                continue
            } else {
                break
            }
        }
        return outline
    }

    static func isResolutionHeading(_ paragraph: WordParagraph) -> Bool {
        var text = paragraph.text.trimmingCharacters(in: .whitespaces)
        if let number = text.firstMatch(of: /^(?:[IVX]+|\d+)[.)\/]\s*/) { text = String(text[number.range.upperBound...]) }
        let lower = text.lowercased()
        guard lower.hasPrefix("nghị quyết") || lower.hasPrefix("kết luận"), text.count < 60 else { return false }
        return paragraph.headingLevel != nil || text == text.uppercased() || text.hasSuffix(":") || !text.contains(" được ")
    }
}
