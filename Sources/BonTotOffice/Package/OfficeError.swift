/// Why an office document could not be read, in words an office clerk can act on.
public enum OfficeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file has no byte at all: a copy that failed, or "New → empty file" given the name
    /// of a workbook or document. Said of every Office file read, whatever its format (an old
    /// Excel .xls or Word .doc too, before LibreOffice is started for it).
    case emptyFile
    /// The bytes are not a zip package at all, or it is cut short (a copy that did not finish).
    case notAPackage
    /// The bytes are an older Office container, not a zip: a 97–2003 file under a new
    /// extension, or a file encrypted with a password to open (`CompoundFile`).
    case compoundFile(CompoundFile)
    /// A part the format needs is missing from the package (`xl/workbook.xml`).
    case missingPart(String)
    /// A part is larger than any real document needs; it is not unpacked.
    case partTooLarge(String)
    /// A part is not well-formed XML.
    case malformedPart(String, detail: String)
    /// The workbook has no sheet of that name.
    case unknownSheet(String, available: [String])
    /// The workbook has no sheet at all.
    case noSheet
    /// An OpenDocument file of another kind than the one expected (a text document where a
    /// spreadsheet should be), by its media type.
    case otherOpenDocument(String)

    public var description: String {
        switch self {
        case .emptyFile:
            "tệp trống (0 byte), có lẽ chưa được lưu xong hoặc bị sao chép lỗi; hãy mở bản gốc bằng Excel/Word và lưu lại "
                + "/ the file is empty (0 bytes), probably not saved completely or copied wrongly: open the original in Excel/Word and save it again"
        case .notAPackage:
            "tệp không phải tài liệu Office hợp lệ (tệp zip hỏng hoặc bị cắt cụt); hãy mở và lưu lại bằng Excel/Word "
                + "/ not a valid Office file (a damaged or truncated zip)"
        case .compoundFile(let kind):
            kind.advice
        case .missingPart(let part):
            "tài liệu thiếu phần '\(part)'; hãy mở và lưu lại bằng Excel/Word / the package lacks the part '\(part)'"
        case .partTooLarge(let part):
            "phần '\(part)' của tài liệu quá lớn, không đọc / the part '\(part)' is too large to read"
        case .malformedPart(let part, let detail):
            "phần '\(part)' của tài liệu không phải XML hợp lệ (\(detail)) / the part '\(part)' is not well-formed XML"
        case .unknownSheet(let name, let available):
            "bảng tính không có trang '\(name)'; các trang có: \(available.joined(separator: ", ")) / no sheet named '\(name)'"
        case .noSheet:
            "bảng tính không có trang nào / the workbook has no sheet"
        case .otherOpenDocument(let type):
            "tệp là tài liệu OpenDocument loại khác (\(type.replacingOccurrences(of: "application/vnd.oasis.opendocument.", with: ""))), "
                + "không phải bảng tính hay văn bản cần đọc ở đây / an OpenDocument file of another kind (\(type))"
        }
    }
}
