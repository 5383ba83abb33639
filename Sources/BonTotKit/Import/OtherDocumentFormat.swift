/// A minutes document in a format `import minutes` does not read, met as a file or in a folder:
/// each is named with how to save it as .docx, never passed over in silence. An old Word saves
/// .doc, and a scanned or printed copy is a .pdf (LibreOffice Writer's .odt is read).
enum OtherDocumentFormat {
    case doc, rtf, pdf

    /// The extensions of these formats, lower case.
    static let extensions = ["doc", "rtf", "pdf"]

    init?(_ pathExtension: String) {
        switch pathExtension.lowercased() {
        case "doc": self = .doc
        case "rtf": self = .rtf
        case "pdf": self = .pdf
        default: return nil
        }
    }

    /// An error for a document that should be saved as .docx, a warning for a PDF (there is no
    /// text to read in a scan; the Word original is what to import).
    func report(at location: SourceLocation, sink: DiagnosticSink) {
        switch self {
        case .doc:
            sink.error(location, "tệp Word 97–2003 (.doc) không đọc được; trong Word hãy lưu lại dạng \"Word Document (.docx)\" "
                       + "/ a Word 97-2003 .doc: save it as .docx")
        case .rtf:
            sink.error(location, "tệp RTF không đọc được; trong Word hãy lưu lại dạng \"Word Document (.docx)\" / an .rtf document: save it as .docx")
        case .pdf:
            sink.warning(location, "tệp PDF không nhập được (bản in hoặc bản quét không giữ được nội dung biên bản); hãy nhập tệp Word gốc "
                         + "(.docx) / a PDF cannot be imported: import the Word original")
        }
    }
}
