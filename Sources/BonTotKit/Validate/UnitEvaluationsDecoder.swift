import Foundation
import Yams

/// Reads what a district adds for its units (SPEC §7): `content/unit-rubric.yaml` (the branch
/// rubric's shape, with `four_good.min_branch_share`), the former unit scales
/// `content/unit-rubrics/<yyyy>.yaml` (read as a site's former scales, `RubricHistoryDecoder`),
/// and `content/unit-evaluations/<period>.yaml` or `.csv` (scores by unit id; the CSV's first
/// column is `unit`), each checked against the scale in force in its year, checking that every
/// unit they score is listed in `site.yaml` and scored once per period.
enum UnitEvaluationsDecoder {
    /// The decoded scales and evaluations, and the text inputs read (path → hash).
    struct Decoded {
        /// Every unit scale, when each could be read.
        var rubrics: RubricHistory?
        var evaluations: [Evaluation]
        var inputHashes: [String: UInt64]

        /// The unit scale in force (`unit-rubric.yaml`).
        var rubric: Rubric? { rubrics?.current }
    }

    static let rubricPath = RubricHistoryDecoder.unitFile
    static let evaluationsFolder = "content/unit-evaluations"

    /// Decodes the district at `root`, whose units have the ids `unitIDs`; `refusedUnitIDs` are
    /// those of units `site.yaml` lists with an id it refused (already reported), whose scores
    /// are not reported again as of an unknown unit.
    /// `sheetName` is the sheet of `.xlsx` workbooks that holds the scores (`xlsx_sheet` of
    /// `site.yaml`); the first sheet when nil.
    /// `unitNames` gives each unit's `organization` ("Đảng bộ xã Hòa Thuận"), by which a table
    /// may name it instead of its id (`UnitNames`).
    /// `unitBranches` are the units' branches: a row naming one is told whose branch it is.
    /// `siteFolder` is the district's folder as diagnostics name it from the top site: a message
    /// naming another of its files names it from there.
    /// `conversions` keeps the `.xlsx` copies of `.xls` workbooks, converted once (none when nil).
    /// `subject` names the units in the messages: đảng bộ cơ sở, or a province's đảng bộ trực thuộc.
    static func decode(root: URL, unitIDs: [String], refusedUnitIDs: Set<String> = [], sheetName: String? = nil,
                       unitNames: [String: String] = [:], unitBranches: UnitBranches = UnitBranches(),
                       siteFolder: String = "", conversions: ConvertedWorkbooks? = nil, subject: RankingSubject = .units,
                       sink: DiagnosticSink) -> Decoded {
        var hashes: [String: UInt64] = [:]
        func read(_ relative: String) -> SourceText? {
            switch SourceText.read(root.appending(path: relative), relativePath: relative, siteFolder: siteFolder) {
            case .success(let text):
                hashes[relative] = text.contentHash
                return text
            case .failure(let diagnostic):
                sink.report(diagnostic)
                return nil
            }
        }
        let rubricExists = FileManager.default.fileExists(atPath: root.appending(path: rubricPath).path)
        let formerFolder = RubricHistoryDecoder.unitFolder
        // A file of another kind among them is told it is not read, as in `content/rubrics`.
        let formerFiles = SiteReader.listed(in: formerFolder, root: root, extensions: ["yaml", "yml"], recursive: false,
                                            siteFolder: siteFolder, sink: sink)
            .map { formerFolder + "/" + PathParts.name(of: $0) }
            .sorted()
        let scales = RubricHistoryDecoder.decode(current: rubricExists ? read(rubricPath) : nil, former: formerFiles.compactMap(read),
                                                 sink: sink, forUnits: true)
        // So is one among the scores (a Word copy of the minutes of the scoring), as in `content/evaluations`.
        let files = SiteReader.listed(in: evaluationsFolder, root: root, extensions: ["yaml", "yml", "csv", "xlsx", "xls", "ods"],
                                      recursive: false, siteFolder: siteFolder, sink: sink)
            .map { evaluationsFolder + "/" + PathParts.name(of: $0) }
            .sorted()
        var evaluations: [Evaluation] = []
        for path in files {
            guard let file = read(path) else { continue }
            let period = Period(PathParts.stem(of: path))
            // A YAML file's own `period:` wins over its name (`EvaluationDecoder`): its scale too.
            let node = path.lowercased().hasSuffix(".csv") || file.data != nil ? nil : YAMLDocument.parse(file, sink: sink)
            let written = EvaluationDecoder.writtenPeriod(of: node ?? nil)
            guard let rubric = scales.rubric(for: written ?? period) else {
                if !rubricExists {
                    sink.error(SourceLocation(file: path), missingRubric(root: root, siteFolder: siteFolder, subject: subject))
                }
                continue
            }
            let evaluation: Evaluation?
            if path.lowercased().hasSuffix(".csv") {
                evaluation = EvaluationCSVDecoder.decode(file.text, marked: file.hadByteOrderMark, period: period, path: path, rubric: rubric, sink: sink, subject: subject,
                                                         scoreFiles: files)
            } else if let data = file.data {
                evaluation = EvaluationXLSXDecoder.decode(data, sheetName: sheetName, period: period, path: path, rubric: rubric,
                                                          sink: sink, subject: subject,
                                                          conversions: conversions.map { ($0, file.contentHash) }, scoreFiles: files)
            } else {
                evaluation = node.flatMap {
                    EvaluationDecoder.decode($0, period: period, path: path, rubric: rubric, sink: sink, subject: subject)
                }
            }
            guard var evaluation else { continue }
            evaluation = UnitNames.resolve(evaluation, unitIDs: unitIDs, refused: refusedUnitIDs, names: unitNames, subject: subject, sink: sink)
            if let other = evaluations.first(where: { $0.period == evaluation.period }) {
                sink.error(evaluation.source, "kỳ '\(evaluation.period)' đã có trong \(siteFolder + other.source.file) / the period is scored twice")
                continue
            }
            check(evaluation, unitIDs: unitIDs, refused: refusedUnitIDs, unitBranches: unitBranches, unitNames: unitNames, sink: sink)
            evaluations.append(evaluation)
        }
        conversions?.keepOnly(Set(files.filter { $0.lowercased().hasSuffix(".xls") }.compactMap { hashes[$0] }))
        return Decoded(rubrics: scales.history, evaluations: evaluations.sorted { $0.period < $1.period }, inputHashes: hashes)
    }

    /// The error of unit scores without `content/unit-rubric.yaml`: how to make it (the branch
    /// scale copied and edited, as the README tells), and a file of `content/` named like it
    /// (`unit-rubrics.yaml`, `unit_rubric.yml`), which bontot does not read, when there is one;
    /// `subject` names the units scored (đảng bộ cơ sở, or a province's đảng bộ trực thuộc).
    private static func missingRubric(root: URL, siteFolder: String, subject: RankingSubject) -> String {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appending(path: "content").path)) ?? []
        let stems = Dictionary(names.filter { ["yaml", "yml"].contains(PathParts.lowercasedExtension(of: $0)) && $0 != "unit-rubric.yaml" }
            .map { (Slug.fold(String(PathParts.stem(of: $0))), $0) }, uniquingKeysWith: { first, _ in first })
        let near = Suggestion.closest(to: "unit-rubric", among: stems.keys.sorted()).flatMap { stems[$0] }
        let rubric = siteFolder + rubricPath
        let lookalike = near.map { "; có tệp '\(siteFolder)content/\($0)': nếu đó là thang điểm này, hãy đổi tên thành 'unit-rubric.yaml'" } ?? ""
        let english = near.map { " (rename '\(siteFolder)content/\($0)' if it is that scale)" } ?? ""
        return "chấm điểm đơn vị cần thang điểm '\(rubric)': hãy chép \(siteFolder)content/rubric.yaml thành \(rubric) rồi sửa theo thang điểm "
            + "chấm các \(subject.noun)\(lookalike) / unit scores need \(rubric): copy content/rubric.yaml to it and edit it\(english)"
    }

    /// " (did you mean …?)" for a unit written `typed`: the unit whose folder it is (`an-hoa` for
    /// `phuong-an-hoa` in `units/an-hoa/`), a look-alike id, or the unit whose
    /// `organization` (in `names`) looks like the name typed, as when a commune's name was changed
    /// in its own `site.yaml` after the district's table was typed ("Đảng bộ xã Mẫu" for
    /// "Đảng bộ xã Mẫu Sơn"): its id, with the name it has now.
    private static func hint(for typed: String, unitIDs: [String], names: [String: String], unitBranches: UnitBranches) -> String {
        let byFolder = unitBranches.units.filter { $0.depth == 1 && unitIDs.contains($0.id) }
            .first { PathParts.name(of: String($0.folder.dropLast())) == typed }
        if let unit = byFolder {
            let name = names[unit.id].map { " (\($0))" } ?? ""
            return " (có phải '\(unit.id)'\(name), đơn vị ở thư mục \(unit.folder)? / did you mean '\(unit.id)', the unit in \(unit.folder)?)"
        }
        let byName = Dictionary(names.map { (Slug.fold($0.value), $0.key) }, uniquingKeysWith: { first, _ in first })
        if Suggestion.closest(to: typed, among: unitIDs) == nil,
           let near = Suggestion.closest(to: Slug.fold(typed), among: byName.keys.sorted()), let id = byName[near], let name = names[id] {
            return " (có phải '\(id)' (\(name))? / did you mean '\(id)' (\(name))?)"
        }
        return Suggestion.hint(for: typed, among: unitIDs)
    }

    /// An error for each entry that names a unit `site.yaml` does not list (said to be a unit's
    /// branch when it is one), or one scored twice.
    private static func check(_ evaluation: Evaluation, unitIDs: [String], refused: Set<String>, unitBranches: UnitBranches,
                              unitNames: [String: String] = [:], sink: DiagnosticSink) {
        var seen: [String: SourceLocation] = [:]
        for entry in evaluation.entries {
            let id = entry.branchID
            if !unitIDs.contains(id), !refused.contains(id) {
                let branch = unitBranches.unitScoresExplanation(id)
                sink.report(.error(at: entry.location, field: "unit", kind: .unknownUnit(id: id),
                                   "bảng điểm ghi đơn vị không có trong 'units' của site.yaml '\(id)'" + (branch?.vi ?? "")
                                   + " / unknown unit '\(id)'" + hint(for: id, unitIDs: unitIDs, names: unitNames, unitBranches: unitBranches) + (branch?.en ?? "")))
            }
            if let first = seen[entry.branchID] {
                sink.error(entry.location, field: "unit",
                           "đơn vị '\(entry.branchID)' được chấm hai lần trong kỳ (lần đầu ở \(FirstScoredRow.place(first))) / scored twice in the period")
            } else {
                seen[entry.branchID] = entry.location
            }
        }
    }
}
