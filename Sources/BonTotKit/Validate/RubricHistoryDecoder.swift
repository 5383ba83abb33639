import Yams

/// Reads the scales of a site over the years: `content/rubric.yaml`, the one in force, and the
/// former ones in `content/rubrics/<yyyy>.yaml`, each named by the first year it applied to; a
/// district's unit scales alike (`content/unit-rubric.yaml`, `content/unit-rubrics/<yyyy>.yaml`).
/// Reports a former scale whose file is named other than a year, two for one year, one not
/// before `rubric.yaml`'s `since`, and former scales while `rubric.yaml` says no `since`.
enum RubricHistoryDecoder {
    /// The folder of the former scales, relative to the site.
    static let folder = SiteSources.formerRubricsFolder
    /// The folder of a district's former unit scales, relative to the site.
    static let unitFolder = "content/unit-rubrics"
    /// The file of a district's unit scale in force, relative to the site.
    static let unitFile = "content/unit-rubric.yaml"

    /// The scales read, each former one with the year it began; a scale with errors is nil, and
    /// so the periods it judges are not checked against another.
    struct Decoded {
        var current: Rubric?
        var former: [(year: Int, rubric: Rubric?, file: String)]

        /// The scale that judges `period` (the current one for a period not known); nil when
        /// that scale could not be read.
        func rubric(for period: Period?) -> Rubric? {
            guard let current, let period,
                  let index = RubricHistory.formerScale(judging: period.year, begun: former.map(\.year), since: current.since)
            else { return current }
            return former[index].rubric
        }

        /// The file of the current scale, relative to the site.
        var currentFile: String

        /// The history, when every scale could be read.
        var history: RubricHistory? {
            guard let current else { return nil }
            var scales: [FormerRubric] = []
            for scale in former {
                guard let rubric = scale.rubric else { return nil }
                scales.append(FormerRubric(year: scale.year, rubric: rubric, file: scale.file))
            }
            return RubricHistory(current: current, currentFile: currentFile, former: scales)
        }
    }

    /// Decodes the current scale `file` and the former ones, `files`, in `folder`; `forUnits`
    /// reads a district's unit scales (`RubricDecoder.decode(_:path:sink:forUnits:)`).
    static func decode(current file: SourceText?, former files: [SourceText], sink: DiagnosticSink,
                       forUnits: Bool = false) -> Decoded {
        let folder = forUnits ? unitFolder : folder
        var currentNode: Node?
        let current = file.flatMap { file in
            YAMLDocument.parse(file, sink: sink).flatMap { node -> Rubric? in
                currentNode = node
                return RubricDecoder.decode(node, path: file.path, sink: sink, forUnits: forUnits, isCurrent: true)
            }
        }
        var former: [(year: Int, rubric: Rubric?, file: String)] = []
        for file in files {
            guard let year = year(named: file.path, folder: folder, sink: sink) else { continue }
            if let same = former.first(where: { $0.year == year }) {
                sink.error(SourceLocation(file: file.path, line: 1),
                           "hai thang điểm cho năm \(year): '\(same.file)' và tệp này; chỉ giữ một / two scales for \(year): \(same.file) and this file")
                continue
            }
            let rubric = YAMLDocument.parse(file, sink: sink).flatMap {
                RubricDecoder.decode($0, path: file.path, sink: sink, forUnits: forUnits)
            }
            former.append((year, rubric, file.path))
        }
        former.sort { $0.year < $1.year }
        if let file, current != nil {
            checkSince(current?.since, former: former, rubricFile: file.path, sinceLine: sinceLine(currentNode, path: file.path), sink: sink)
        }
        return Decoded(current: current, former: former, currentFile: file?.path ?? (forUnits ? unitFile : RubricHistory.siteFile))
    }

    /// The year a former scale's file is named by (`rubrics/2020.yaml`); nil after an error.
    private static func year(named path: String, folder: String, sink: DiagnosticSink) -> Int? {
        let stem = PathParts.stem(of: path)
        guard stem.count == 4, stem.allSatisfy(\.isASCII), let year = Int(stem), ContentLimits.years.contains(year) else {
            sink.error(SourceLocation(file: path, line: 1),
                       "tên tệp thang điểm cũ phải là năm bắt đầu áp dụng, ví dụ \(folder)/2020.yaml; tệp này không được đọc "
                       + "/ a former scale's file name must be the year it began, such as \(folder)/2020.yaml")
            return nil
        }
        return year
    }

    /// Each former scale must begin before the current one, which must say when it began.
    private static func checkSince(_ since: Int?, former: [(year: Int, rubric: Rubric?, file: String)], rubricFile: String,
                                   sinceLine: SourceLocation, sink: DiagnosticSink) {
        guard !former.isEmpty else { return }
        guard let since else {
            let files = former.map(\.file).joined(separator: ", ")
            sink.error(SourceLocation(file: rubricFile, line: 1), field: "since",
                       "có thang điểm cũ (\(files)) nhưng '\(rubricFile)' không ghi 'since:' — năm bắt đầu áp dụng thang điểm này, "
                       + "ví dụ since: \(former.map(\.year).max().map { $0 + 1 } ?? 2025) / former scales need \(PathParts.name(of: rubricFile)) "
                       + "to say since which year it applies")
            return
        }
        for scale in former where scale.year >= since {
            sink.error(SourceLocation(file: scale.file, line: 1),
                       "thang điểm cũ năm \(scale.year) không trước năm \(since) mà thang điểm hiện hành áp dụng ('since: \(since)' ở "
                       + "\(sinceLine.file):\(sinceLine.line)); đổi tên tệp theo năm bắt đầu áp dụng, hoặc sửa 'since' "
                       + "/ a former scale must begin before the current scale's since \(since)")
        }
    }

    /// Where `rubric.yaml` says `since`.
    private static func sinceLine(_ node: Node?, path: String) -> SourceLocation {
        guard let reader = FieldReader(node, path: path, lineOffset: 0, known: RubricDecoder.currentFields, sink: DiagnosticSink())
        else { return SourceLocation(file: path, line: 1) }
        return reader.location(of: "since")
    }
}
