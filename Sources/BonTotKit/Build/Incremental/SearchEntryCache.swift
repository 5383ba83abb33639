import Foundation

/// The entries of the search index's parts as the last build wrote them, one file per part in
/// `.bontot-cache/search/`: each entry's line of JSON by the fingerprint of its inputs. A part
/// made again because one meeting changed takes every other entry's line from here instead of
/// reading its body again. Safe to delete; written by another program, a part's file is ignored.
struct SearchEntryCache: Sendable {
    let folder: URL
    /// False for a clean build, which writes the cache but takes nothing from it.
    let reads: Bool

    /// The format of the part files; a file of another format is ignored.
    static let format: UInt8 = 1

    init(cache: BuildCache, reads: Bool) {
        folder = cache.folder.appending(path: "search")
        self.reads = reads
    }

    /// The lines the last build wrote for the part `name`, by fingerprint.
    func lines(of name: String) -> [UInt64: String] {
        guard reads, let data = FileManager.default.contents(atPath: file(name).path),
              let record = data.withUnsafeBytes({ Record(compactBytes: $0, format: Self.format) }),
              record.tool == ToolIdentity.current, record.fingerprints.count == record.lines.count
        else { return [:] }
        return Dictionary(zip(record.fingerprints, record.lines), uniquingKeysWith: { first, _ in first })
    }

    /// Keeps the lines of the part `name` for the next build.
    func save(_ name: String, fingerprints: [UInt64], lines: [String]) {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let record = Record(tool: ToolIdentity.current, fingerprints: fingerprints, lines: lines)
        try? Data(record.compactBytes(format: Self.format)).write(to: file(name), options: .atomic)
    }

    /// Removes the files of parts the index no longer has.
    func prune(keeping names: [String]) {
        let kept = Set(names.map { "\($0).bin" })
        guard let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in files where !kept.contains(name) {
            try? FileManager.default.removeItem(at: folder.appending(path: name))
        }
    }

    private func file(_ name: String) -> URL { folder.appending(path: "\(name).bin") }

    /// One part's file.
    private struct Record: CompactCodable {
        var tool: String
        var fingerprints: [UInt64]
        var lines: [String]

        init(tool: String, fingerprints: [UInt64], lines: [String]) {
            self.tool = tool
            self.fingerprints = fingerprints
            self.lines = lines
        }

        func write(to writer: inout ByteWriter) {
            tool.write(to: &writer)
            fingerprints.write(to: &writer)
            lines.write(to: &writer)
        }

        init(compact reader: inout ByteReader) throws {
            tool = try String(compact: &reader)
            fingerprints = try [UInt64](compact: &reader)
            lines = try [String](compact: &reader)
        }
    }
}
