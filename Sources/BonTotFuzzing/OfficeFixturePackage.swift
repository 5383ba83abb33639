import Foundation
import ZIPFoundation

/// A real Office package from the repository's fixtures (`Tests/Fixtures/office/`), made again
/// in memory with one of its parts replaced by the fuzzer's bytes: the rest of the workbook or
/// document stays valid, so the readers get as far as the part that varies, which random bytes
/// of a whole zip would seldom reach.
struct OfficeFixturePackage: Sendable {
    /// One part of the package: its path in the zip and its bytes.
    struct Part: Sendable {
        var path: String
        var data: Data
    }

    /// The fixtures, found from this file as the harness is built from the repository in place.
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Tests/Fixtures/office")

    let parts: [Part]

    /// Every part of `fixture`, then the parts named in `extra` taken from other fixtures
    /// (fixture → part paths), replacing one of the same path.
    init(_ fixture: String, adding extra: [(fixture: String, parts: [String])] = []) {
        var parts = Self.parts(of: fixture, only: nil)
        for (other, paths) in extra {
            for part in Self.parts(of: other, only: Set(paths)) {
                parts.removeAll { $0.path == part.path }
                parts.append(part)
            }
        }
        self.parts = parts
    }

    /// The package with the part at `path` holding `data` (added when the fixture lacks it).
    func replacing(_ path: String, with data: Data) -> Data {
        var entries = parts.filter { $0.path != path }.map { ($0.path, $0.data, CompressionMethod.none) }
        entries.append((path, data, .deflate))
        return Self.zip(entries) ?? data
    }

    /// The bytes of a zip holding `entries` in order, each stored or compressed as it says.
    static func zip(_ entries: [(path: String, data: Data, method: CompressionMethod)]) -> Data? {
        guard let archive = try? Archive(data: Data(), accessMode: .create) else { return nil }
        for (path, bytes, method) in entries {
            try? archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: method) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data
    }

    /// The parts of the fixture file `name` (those in `only`, when given). A fixture that cannot
    /// be read stops the harness: the fuzzer would otherwise test nothing.
    private static func parts(of name: String, only: Set<String>?) -> [Part] {
        let url = folder.appending(path: name)
        guard let archive = try? Archive(url: url, accessMode: .read, pathEncoding: nil) else {
            preconditionFailure("the fuzz harness cannot read its fixture \(url.path)")
        }
        return archive.filter { $0.type == .file && only?.contains($0.path) != false }.map { entry in
            var data = Data()
            _ = try? archive.extract(entry, skipCRC32: false) { data.append($0) }
            return Part(path: entry.path, data: data)
        }
    }
}
