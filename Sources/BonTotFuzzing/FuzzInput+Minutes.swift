import BonTotKit
import Foundation

extension FuzzInput {
    /// `document` imported as `bontot import minutes` imports it into the small site, in memory:
    /// the minutes file it becomes is added to the site, which is then checked as a build
    /// would. A document that cannot be imported ends with the import's error.
    static func importMinutes(_ document: Data, source: String, lines: Int) -> Outcome {
        var sources = baseSources()
        let sink = DiagnosticSink()
        guard let minutes = MinutesImport.convert(document, source: source, branch: "ap-1", kind: nil,
                                                  taken: Set(sources.minutes.map(\.path)), sink: sink) else {
            return Outcome(path: source, lines: lines, files: [source], diagnostics: sink.log.entries, pages: nil)
        }
        sources.minutes.append(SourceText(path: minutes.path, text: minutes.text))
        return decode(sources, input: source, lines: lines, sink: sink, otherFiles: [source])
    }
}

/// The real packages the `xlsx` and `docx` modes put their bytes in.
enum FuzzPackages {
    /// A workbook saved by LibreOffice as .xlsx: a sheet of scores with shared strings and styles.
    static let workbook = OfficeFixturePackage("scores-libreoffice.xlsx")
    /// Minutes saved by LibreOffice as .docx, with the automatic numbering and the footnotes of
    /// documents saved by Word.
    static let document = OfficeFixturePackage("bien-ban-libreoffice.docx", adding: [
        ("bien-ban-tu-dong-danh-so.docx", ["word/numbering.xml"]),
        ("bien-ban-kieu-dinh-dang.docx", ["word/footnotes.xml"]),
    ])
}
