/// A minutes document in a format `import minutes` does not read itself, met as a file or in a
/// folder: an old Word's .doc and an .rtf are saved as .docx by LibreOffice when it is installed
/// (`LibreOfficeConverter`), and otherwise named with how to save them as .docx; a scanned or
/// printed copy (.pdf) is named too. None is passed over in silence (LibreOffice Writer's .odt is
/// read as it is).
enum OtherDocumentFormat {
    case doc, rtf, pdf

    /// The extensions of these formats, lower case.
    static let extensions = ["doc", "rtf", "pdf"]

    /// Whether LibreOffice can save it as .docx: not a PDF, which holds no minutes' text.
    var isConvertible: Bool { self != .pdf }

    init?(_ pathExtension: String) {
        switch pathExtension.lowercased() {
        case "doc": self = .doc
        case "rtf": self = .rtf
        case "pdf": self = .pdf
        default: return nil
        }
    }

    /// What lets bontot convert such a document itself.
    static let installHint = "hoặc cài LibreOffice (apt-get install libreoffice-writer-nogui) để bontot tự chuyển khi nhập"

    /// The error for a document LibreOffice could not save as .docx (a damaged file, a
    /// document with a password), with `reason`.
    func report(at location: SourceLocation, conversionFailure failure: LibreOfficeConverter.Failure, sink: DiagnosticSink) {
        guard !failure.isWholeMessage else { return sink.error(location, failure.reason) }
        sink.error(location, "\(failure.reason); hãy mở tệp bằng Word và lưu lại dạng \"Word Document (.docx)\" "
                   + "/ LibreOffice could not convert the document: save it as .docx")
    }

    /// An error for a document that should be saved as .docx, a warning for a PDF (there is no
    /// text to read in a scan; the Word original is what to import).
    func report(at location: SourceLocation, sink: DiagnosticSink) {
        switch self {
        case .doc:
            sink.error(location, "tệp Word 97–2003 (.doc) không đọc được; trong Word hãy lưu lại dạng \"Word Document (.docx)\", "
                       + Self.installHint + " / a Word 97-2003 .doc: save it as .docx, or install LibreOffice to have it converted")
        case .rtf:
            sink.error(location, "tệp RTF không đọc được; trong Word hãy lưu lại dạng \"Word Document (.docx)\", " + Self.installHint
                       + " / an .rtf document: save it as .docx, or install LibreOffice to have it converted")
        case .pdf:
            sink.warning(location, "tệp PDF không nhập được (bản in hoặc bản quét không giữ được nội dung biên bản); hãy nhập tệp Word gốc "
                         + "(.docx) / a PDF cannot be imported: import the Word original")
        }
    }
}
