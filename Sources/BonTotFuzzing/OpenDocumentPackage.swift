import Foundation
import ZIPFoundation

/// An OpenDocument package made in memory around a `content.xml`, as LibreOffice writes one:
/// the `mimetype` part first, stored, then the content. What the fuzzer varies is the XML, which
/// random bytes of a whole zip would seldom reach.
enum OpenDocumentPackage {
    static func spreadsheet(content: Data) -> Data {
        package(mimetype: "application/vnd.oasis.opendocument.spreadsheet", content: content)
    }

    static func text(content: Data) -> Data {
        package(mimetype: "application/vnd.oasis.opendocument.text", content: content)
    }

    static func package(mimetype: String, content: Data) -> Data {
        OfficeFixturePackage.zip([("mimetype", Data(mimetype.utf8), .none), ("content.xml", content, .deflate)]) ?? content
    }
}
