import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the last successful build wrote, kept beside the site in `.bontot-cache/` (never inside
/// the output): the hash of every input file it read and, for every output file, the
/// fingerprint of what made it and the hash of its bytes. The next build compares against it to
/// render only what changed and write only the bytes that differ.
struct BuildManifest: Codable, Sendable {
    /// What a manifest is only valid for: the same program and the same output folder.
    var tool: String
    var output: String
    /// Input path (relative to the site) → hash of its bytes.
    var inputs: [String: UInt64] = [:]
    /// Output path (relative to the output) → what it was made from and what it holds.
    var outputs: [String: OutputRecord] = [:]
    /// For a district: each unit's folder in the output (`don-vi/xa-a/`) → the fingerprint of
    /// everything its files were made from, so an unchanged unit is taken whole.
    var units: [String: UnitRecord] = [:]

    /// One unit of a district as the last build made it.
    struct UnitRecord: Codable, Sendable, Equatable {
        var fingerprint: UInt64
        /// How many pages the unit has.
        var pages: Int
        /// True when the output holds the PDF of every bulletin of the unit: a build with
        /// `--pdf` takes such a unit whole, and renders any other to print what is missing.
        var printedAll = false
    }

    /// One output file.
    struct OutputRecord: Codable, Sendable, Equatable {
        /// The fingerprint of the inputs or view model and templates that made it.
        var fingerprint: UInt64
        /// The hash of its bytes, and their count.
        var hash: UInt64
        var size: Int
    }
}

extension BuildManifest: CompactRecord {
    /// The format of manifest files; a file of another format is ignored (the build is clean).
    static let format: UInt8 = 2

    static var blank: BuildManifest { BuildManifest(tool: "", output: "") }

    mutating func visitFields<Visitor: CompactFieldVisitor>(_ visitor: inout Visitor) throws {
        try visitor.field(&tool)
        try visitor.field(&output)
        try visitor.field(&inputs)
        try visitor.field(&outputs)
        try visitor.field(&units)
    }
}

extension BuildManifest.OutputRecord: CompactRecord {
    static var blank: Self { Self(fingerprint: 0, hash: 0, size: 0) }

    mutating func visitFields<Visitor: CompactFieldVisitor>(_ visitor: inout Visitor) throws {
        try visitor.field(&fingerprint)
        try visitor.field(&hash)
        try visitor.field(&size)
    }
}

extension BuildManifest.UnitRecord: CompactRecord {
    static var blank: Self { Self(fingerprint: 0, pages: 0) }

    mutating func visitFields<Visitor: CompactFieldVisitor>(_ visitor: inout Visitor) throws {
        try visitor.field(&fingerprint)
        try visitor.field(&pages)
        try visitor.field(&printedAll)
    }
}

/// The `.bontot-cache/` folder of a site: safe to delete (the next build is then a clean one),
/// ignored by git through a `.gitignore` of its own. It holds the manifest of the published
/// output and that of the spare output beside it (the previous version, see `StagingFolder`),
/// the decoded content files (`decoded/`) and the copies LibreOffice made of `.xls` workbooks
/// (`converted/`).
struct BuildCache {
    let folder: URL

    init(siteRoot: URL) {
        folder = siteRoot.appending(path: ".bontot-cache")
    }

    /// The cache a district keeps for one of its units: `.bontot-cache/units/<id>/`, so that
    /// building the district never writes into the unit's own folder.
    func unit(_ id: String) -> BuildCache {
        BuildCache(folder: folder.appending(path: "units").appending(path: id))
    }

    private init(folder: URL) {
        self.folder = folder
    }

    /// The folder of the decoded content files (`DecodeCache`).
    var decoded: URL { folder.appending(path: "decoded") }

    /// The `.xlsx` copies of a district's `.xls` unit scores, as `use` lets them be read and kept.
    func convertedWorkbooks(_ use: SiteLoader.CacheUse) -> ConvertedWorkbooks {
        ConvertedWorkbooks(folder: folder.appending(path: "converted"), reads: use != .writeOnly, writes: use != .readOnly)
    }

    /// The file of the published output's manifest, or of the spare's.
    private func file(spare: Bool) -> URL { folder.appending(path: spare ? "spare.bin" : "manifest.bin") }

    /// Where the published output's manifest waits while a build publishes a new output: it
    /// describes the output that becomes the spare, and is never read as a manifest there.
    private var retiring: URL { folder.appending(path: "retiring.bin") }

    /// The manifest of the last build into `output` by this same program (or of the spare output
    /// it left beside it), or nil when there is none, it is unreadable, or it was written by
    /// another version or for another output.
    func manifest(for output: URL, tool: String, spare: Bool = false) -> BuildManifest? {
        guard let manifest = read(file(spare: spare)), manifest.tool == tool,
              manifest.output == output.standardizedFileURL.path else { return nil }
        return manifest
    }

    /// The manifests of the published output and of the spare (`manifest(for:tool:spare:)`),
    /// read on two cores, with what identified their files just before.
    func manifests(for output: URL, tool: String) -> ReadManifests {
        let identities = manifestIdentities
        let read = Parallel.map(2) { manifest(for: output, tool: tool, spare: $0 == 1) }
        return ReadManifests(published: read[0], spare: read[1], identities: identities)
    }

    /// True when neither manifest file was replaced, changed or removed since `read` was made
    /// (a build may read them before it holds the output's lock, and take them only if so).
    func unchanged(since read: ReadManifests) -> Bool {
        read.identities == manifestIdentities
    }

    private var manifestIdentities: [FileIdentity?] {
        [false, true].map { FileIdentity(path: file(spare: $0).path) }
    }

    /// The entries at the top of `output` (files and folders) the last build published there,
    /// whatever program wrote the manifest; nil when it names another output, or none is read.
    func publishedEntries(of output: URL) -> Set<String>? {
        guard let manifest = read(file(spare: false)), manifest.output == output.standardizedFileURL.path else { return nil }
        return Set((Array(manifest.outputs.keys) + Array(manifest.units.keys)).map { String($0.prefix { $0 != "/" }) })
    }

    private func read(_ url: URL) -> BuildManifest? {
        guard let data = try? Data(contentsOf: url) else { return nil }
        return data.withUnsafeBytes { BuildManifest(compactBytes: $0, format: BuildManifest.format) }
    }

    /// Saves the manifest of the published output, or of the spare; a cache that cannot be
    /// written only makes the next build a clean one.
    func save(_ manifest: BuildManifest, spare: Bool = false) {
        let manager = FileManager.default
        try? manager.createDirectory(at: folder, withIntermediateDirectories: true)
        let ignore = folder.appending(path: ".gitignore")
        if !manager.fileExists(atPath: ignore.path) { try? Data("*\n".utf8).write(to: ignore) }
        let bytes = manifest.compactBytes(format: BuildManifest.format, capacity: (manifest.inputs.count + manifest.outputs.count) * 96)
        try? AtomicFile.write(bytes, to: file(spare: spare))
    }

    /// Forgets the last build, so that a build that stops now is followed by a clean one; its
    /// manifest is kept aside for `retire(spared:)`.
    func clear() {
        try? FileManager.default.removeItem(at: retiring)
        if rename(file(spare: false).path, retiring.path) != 0 { try? FileManager.default.removeItem(at: file(spare: false)) }
    }

    /// Once a new output is published: when the previous output became the spare (`spared`),
    /// the manifest `clear()` set aside becomes the spare's (by a rename, not written again);
    /// else it is removed.
    func retire(spared: Bool) {
        if !spared || rename(retiring.path, file(spare: true).path) != 0 {
            try? FileManager.default.removeItem(at: retiring)
        }
    }

    /// Forgets what the spare output holds, before a build starts changing it.
    func clearSpare() {
        try? FileManager.default.removeItem(at: file(spare: true))
        try? FileManager.default.removeItem(at: retiring)
    }
}

/// The manifests a build read (`BuildCache.manifests(for:tool:)`), with what identified their
/// files then.
struct ReadManifests: Sendable {
    var published: BuildManifest?
    var spare: BuildManifest?
    fileprivate var identities: [FileIdentity?]
}

/// What tells one version of a file from another: the file itself (device and inode), its size
/// and its modification time to the nanosecond. A cache file is only ever replaced whole, by a
/// new file renamed over it, so another version is another inode.
private struct FileIdentity: Equatable, Sendable {
    var device: UInt64
    var inode: UInt64
    var stamp: FileStamp

    /// Nil when there is no file at `path`.
    init?(path: String) {
        guard let info = FileStamp.status(of: path) else { return nil }
        (device, inode, stamp) = (UInt64(info.st_dev), UInt64(info.st_ino), FileStamp(info))
    }
}

/// Identifies the running program, so a cache written by another build of bontot is discarded:
/// the executable's GNU build ID, or the hash of its bytes when it has none.
enum ToolIdentity {
    static let current: String = {
        let path = "/proc/self/exe"
        if let buildID = ELFBuildID.read(path) { return buildID }
        guard let data = FileManager.default.contents(atPath: path) else { return "unknown" }
        let hash = data.withUnsafeBytes { StableHasher.hash($0) }
        return String(hash, radix: 16)
    }()
}
