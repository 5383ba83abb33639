import Foundation
import ZIPFoundation

/// An Office Open XML package (.xlsx, .docx) or an OpenDocument one (.odt, .ods): a zip of XML
/// parts, read from memory.
struct OfficePackage {
    /// No part of a real workbook or minutes document comes near this; a bigger one is refused
    /// rather than unpacked (a zip bomb).
    static let maximumPartSize: UInt64 = 16 << 20

    private let archive: Archive

    init(data: Data) throws(OfficeError) {
        if data.isEmpty { throw .emptyFile }
        if let kind = CompoundFile.kind(of: data) { throw .compoundFile(kind) }
        guard data.count >= 22, ZipIntegrity.isSound(data), let archive = try? Archive(data: data, accessMode: .read, pathEncoding: nil) else {
            throw .notAPackage
        }
        self.archive = archive
    }

    /// The bytes of the part at `path` (`xl/workbook.xml`), nil when the package has no such part.
    func data(_ path: String) throws(OfficeError) -> Data? {
        guard let entry = archive[path] else { return nil }
        guard entry.uncompressedSize <= Self.maximumPartSize else { throw .partTooLarge(path) }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                if data.count > Self.maximumPartSize { throw OfficeError.partTooLarge(path) }
            }
        } catch let error as OfficeError {
            throw error
        } catch {
            throw .notAPackage
        }
        return data
    }

    /// The part at `path` parsed as XML, nil when the package has no such part; with
    /// `keepingTextOrder`, text between elements is kept in its place (see `XMLTree.parse`).
    func xml(_ path: String, keepingTextOrder: Bool = false) throws(OfficeError) -> XMLTree? {
        guard let data = try data(path) else { return nil }
        return try XMLTree.parse(data, part: path, keepingTextOrder: keepingTextOrder)
    }

    /// The media type an OpenDocument package names in its `mimetype` part
    /// (`application/vnd.oasis.opendocument.spreadsheet`), nil for an Office Open XML one.
    func openDocumentType() -> String? {
        guard let data = try? data("mimetype") else { return nil }
        return String(data: data, encoding: .utf8)?.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The part at `path` parsed as XML; a missing part is an error.
    func requiredXML(_ path: String) throws(OfficeError) -> XMLTree {
        guard let tree = try xml(path) else { throw .missingPart(path) }
        return tree
    }

    /// Where a relationship's target lies in the package: targets are relative to the folder of
    /// the part that holds the relationship, or absolute from the package root.
    static func resolve(_ target: String, from folder: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var parts = folder.split(separator: "/").map(String.init)
        for component in target.split(separator: "/") {
            if component == ".." { _ = parts.popLast() } else if component != "." { parts.append(String(component)) }
        }
        return parts.joined(separator: "/")
    }

    /// The relationships of a part, id → target path in the package.
    func relationships(of part: String) throws(OfficeError) -> [String: String] {
        let folder = part.split(separator: "/").dropLast().joined(separator: "/")
        let name = part.split(separator: "/").last.map(String.init) ?? part
        let relsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/\(name).rels"
        guard let tree = try xml(relsPath) else { return [:] }
        var result: [String: String] = [:]
        for relationship in tree.root.children(named: "Relationship") {
            guard let id = relationship["Id"], let target = relationship["Target"] else { continue }
            if relationship["TargetMode"] == "External" { continue }
            result[id] = Self.resolve(target, from: folder)
        }
        return result
    }
}
