import Foundation

/// Opens a minutes document by what its bytes are, not by its name: an OpenDocument text
/// (LibreOffice Writer's .odt, its `mimetype` part says so) or else a Word .docx.
public enum WordDocuments {
    public static func open(_ data: Data) throws(OfficeError) -> WordDocument {
        let package = try OfficePackage(data: data)
        if let type = package.openDocumentType() {
            guard type.hasPrefix("application/vnd.oasis.opendocument.text") else { throw .otherOpenDocument(type) }
            return try ODTReader.read(package)
        }
        return try DOCXReader.read(package)
    }
}
