import Foundation
import ZIPFoundation

/// An OpenDocument package made in memory around a `content.xml`, as LibreOffice writes one:
/// the `mimetype` part first, stored, then the content. What the fuzzer varies is the XML, which
/// random bytes of a whole zip would seldom reach.
enum OpenDocumentPackage {
    static func spreadsheet(content: Data) -> Data {
        package(mimetype: "application/vnd.oasis.opendocument.spreadsheet", content: content)
    }

    static func package(mimetype: String, content: Data) -> Data {
        guard let archive = try? Archive(data: Data(), accessMode: .create) else { return content }
        let parts: [(String, Data, CompressionMethod)] = [("mimetype", Data(mimetype.utf8), .none), ("content.xml", content, .deflate)]
        for (path, bytes, method) in parts {
            try? archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: method) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data ?? content
    }
}
