import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The decoded content files of the last build, kept in `.bontot-cache/decoded/`, so that a
/// rebuild reads and parses only the files that changed: each entry holds one file's size and
/// time, the hash of its bytes, its model and everything decoding it reported (diagnostics,
/// references, claims), so the rebuild reports exactly what a clean build would. Entries are
/// spread over shards by path, and only shards that changed are written again.
final class DecodeCache: UnchangedFiles, @unchecked Sendable {
    /// One decoded file. A class, so that handing it from the cache to the reader and on to the
    /// decoder costs one reference, not a copy of every field of the model.
    final class Entry: Sendable {
        let stamp: FileStamp
        let hash: UInt64
        let model: DecodedModel
        let diagnostics: [Diagnostic]
        let media: [MediaReference]
        let branches: [BranchReference]
        let claims: [Claim]
        /// The pages its body links (`PageLinkReference`).
        let pages: [PageLinkReference]
        /// The hash of the file as pages that draw on the whole site see it (`outline`).
        let outline: UInt64
        /// The hash of the file's branch references and claims (`FileLinks.hash`).
        let links: UInt64

        /// `outline` and `links` are worked out unless given (read back from the cache).
        init(stamp: FileStamp, hash: UInt64, model: DecodedModel, diagnostics: [Diagnostic],
             media: [MediaReference], branches: [BranchReference], claims: [Claim], pages: [PageLinkReference] = [],
             outline: UInt64? = nil, links: UInt64? = nil) {
            self.stamp = stamp
            self.hash = hash
            self.model = model
            self.diagnostics = diagnostics
            self.media = media
            self.branches = branches
            self.claims = claims
            self.pages = pages
            self.outline = outline ?? model.outline ?? hash
            self.links = links ?? FileLinks.hash(branches: branches, claims: claims)
        }
    }

    /// What a file decoded to.
    enum DecodedModel: Sendable {
        case minutes(Minutes)
        case story(Story)
        case branch(Branch)
        case evaluation(Evaluation)
        case nothing

        /// The path of the file, as the model names it (`SourceLocation.file`).
        var sourceFile: String? {
            switch self {
            case .minutes(let minutes): minutes.source.file
            case .story(let story): story.source.file
            case .branch(let branch): branch.source.file
            case .evaluation(let evaluation): evaluation.source.file
            case .nothing: nil
            }
        }
    }

    /// One file of the cache: the build it belongs to (the tool, the decode context) and the
    /// entries of its paths, in compact coding. The minutes' bodies are kept apart, after the
    /// entries (`ByteWriter.writeApart`): opening the cache reads every entry and no body, so
    /// the entries lie together in a few pages of the mapped file instead of one page each.
    private struct Shard {
        var tool: String
        var context: UInt64
        var entries: [String: Entry]

        /// The format of shard files; a file of another format is ignored.
        static let format: UInt8 = 17

        func bytes() -> [UInt8] {
            var entries = ByteWriter(keepingApart: true)
            self.entries.write(to: &entries)
            var writer = ByteWriter()
            writer.writeByte(Self.format)
            tool.write(to: &writer)
            context.write(to: &writer)
            writer.writeCount(entries.count)
            writer.writeBytes(entries.bytes)
            writer.writeBytes(entries.apart ?? [])
            return writer.bytes
        }

        /// The entries of a shard file written by `tool` for `context`; nil when the file is of
        /// another build or damaged.
        static func entries(in data: Data, tool: String, context: UInt64, sourceRoot: String,
                            changes: ChangedSourceFiles) -> [String: Entry]? {
            data.withUnsafeBytes { bytes in
                var reader = ByteReader(bytes.bindMemory(to: UInt8.self), owner: data)
                reader.sourceRoot = sourceRoot
                reader.sourceChanges = changes
                return entries(reader: &reader, tool: tool, context: context)
            }
        }

        private static func entries(reader: inout ByteReader, tool: String, context: UInt64) -> [String: Entry]? {
            do {
                guard try reader.readByte() == format, try String(compact: &reader) == tool,
                      try UInt64(compact: &reader) == context else { return nil }
                let length = try reader.readCount()
                let end = reader.position + length
                reader.apart = end ..< reader.position + reader.remaining
                let entries = try [String: Entry](compact: &reader)
                return reader.position == end ? entries : nil
            } catch {
                return nil
            }
        }
    }

    static let shardCount = 32
    private let folder: URL
    /// The program whose entries are taken: its `ToolIdentity`.
    private let tool: String
    /// What decoding depends on besides the file itself (the rubric's level ids for branches).
    private let context: UInt64
    private let lock = NSLock()
    /// The files whose minutes' body, kept as the end of the file, was found changed when a page
    /// read it: the build that loaded them must fail.
    let changedFiles = ChangedSourceFiles()
    /// The entries as the last build left them: never changed, so readers need no lock.
    private let loaded: [[String: Entry]]
    /// The entries to save: those loaded, with the files decoded now.
    private var shards: [[String: Entry]]
    private var dirty: Set<Int> = []
    /// The paths of the files decoded now, and those of the files read from the cache, in the
    /// lists the reader gave: made into one set only when the cache is saved, off the way of
    /// the build.
    private var stored: Set<String> = []
    private var kept: [[String]] = []
    /// What `CrossReferenceCheck` found in the last build (`links.bin`), and whether this build
    /// checked other links.
    private var linksCheck: LinksCheck?
    /// Files taken from the cache (`takenCount`): counted without the lock, which the readers
    /// of tens of thousands of unchanged files would otherwise take in turn, one file each.
    private let taken = Atomic<Int>(0)
    private var linksCheckChanged = false

    /// Opens the cache kept in `folder` by the program `tool` (`ToolIdentity`): a cache another
    /// program wrote is ignored, and replaced when saved. `fresh` ignores what the folder holds.
    /// `sourceRoot` is the site's folder, which the paths of the entries are relative to.
    init(folder: URL, sourceRoot: URL, tool: String, context: UInt64, fresh: Bool = false) {
        self.folder = folder
        self.tool = tool
        self.context = context
        let folder = self.folder, tool = self.tool, root = sourceRoot.path, changes = self.changedFiles
        loaded = Parallel.map(Self.shardCount) { index in
            // Mapped, not read: the bodies it holds are touched only when a page reads them.
            // The file is only ever replaced whole (written beside it, then renamed), never
            // changed in place, so the mapping stays that of the file as it was read.
            let file = folder.appending(path: "\(index).bin")
            guard !fresh, let data = try? Data(contentsOf: file, options: .alwaysMapped),
                  let entries = Shard.entries(in: data, tool: tool, context: context, sourceRoot: root, changes: changes),
                  let written = FileStamp(path: file.path)?.seconds
            else { return [:] }
            // A file changed just before the shard was written may change again and keep its
            // stamp (`FileStamp.isSettled`): its entry is not trusted, and the file is read again.
            let settled = { (entry: Entry) in entry.stamp.isSettled(at: written) }
            return entries.values.allSatisfy(settled) ? entries : entries.filter { settled($0.value) }
        }
        shards = loaded
        dirty = Set(shards.indices.filter { shards[$0].isEmpty })
        if !fresh, let data = FileManager.default.contents(atPath: folder.appending(path: LinksCheck.fileName).path) {
            linksCheck = data.withUnsafeBytes { LinksCheck(bytes: $0, tool: tool) }
        }
    }

    /// The diagnostics of the cross-file check of the last build, when it checked links whose
    /// digest was `digest` (`CrossReferenceCheck.digest`): the same links give the same findings.
    func linksDiagnostics(digest: UInt64) -> [Diagnostic]? {
        lock.withLock { linksCheck?.digest == digest ? linksCheck?.diagnostics : nil }
    }

    /// Records what the cross-file check found in links of `digest`, for the next build.
    func storeLinksDiagnostics(_ diagnostics: [Diagnostic], digest: UInt64) {
        lock.withLock {
            linksCheck = LinksCheck(digest: digest, diagnostics: diagnostics)
            linksCheckChanged = true
        }
    }

    private static func shard(of path: String) -> Int {
        Int(StableHasher.hash(path) % UInt64(shardCount))
    }

    /// The entry of the file at `path` when the file still has the `stamp` it had then. Safe to
    /// call from several threads at once; the caller reports the paths it looked up with
    /// `keep(_:)`, or their entries are forgotten when the cache is saved.
    private func entry(_ path: String, stamp: FileStamp) -> Entry? {
        guard let entry = loaded[Self.shard(of: path)][path], entry.stamp == stamp else { return nil }
        return entry
    }

    /// The entry of the file at `path` as the reader takes it (`UnchangedFiles`).
    func unchanged(_ path: String, stamp: FileStamp) -> UnchangedFile? {
        guard let entry = entry(path, stamp: stamp) else { return nil }
        taken.wrappingAdd(1, ordering: .relaxed)
        // The path is the model's own string, not an equal copy: the pages name their inputs by
        // the model's, and looking up a string in a dictionary whose key is that same string
        // needs no comparing of their bytes.
        let named = entry.model.sourceFile.flatMap { $0 == path ? $0 : nil } ?? path
        return UnchangedFile(path: named, hash: entry.hash, decoded: entry)
    }

    /// Notes that the files at `paths` still exist, so their entries are saved again.
    func keep(_ paths: [String]) {
        lock.withLock { kept.append(paths) }
    }

    /// How many files were taken from the cache as they were (`unchanged(_:stamp:)`).
    var takenCount: Int {
        taken.load(ordering: .relaxed)
    }

    /// Records a file decoded now.
    func store(_ path: String, _ entry: Entry) {
        let index = Self.shard(of: path)
        lock.withLock {
            stored.insert(path)
            shards[index][path] = entry
            dirty.insert(index)
        }
    }

    /// The inputs as pages that show no minutes' or story's body see them (`InputOutlines`):
    /// each of `inputs` (path → hash of its bytes) by its outline when this build decoded it or
    /// took it from the cache, else by its hash.
    func outlines(inputs: [String: UInt64]) -> InputOutlines {
        let shards = lock.withLock { self.shards }
        let pairs = Array(inputs)
        let found = Parallel.map(pairs) { path, hash -> (named: UInt64, outline: UInt64?) in
            var outline: UInt64?
            if let entry = shards[Self.shard(of: path)][path], entry.hash == hash, entry.outline != hash {
                outline = entry.outline
            }
            var pair = StableHasher()
            pair.combine(path)
            pair.combine(outline ?? hash)
            return (pair.finalize(), outline)
        }
        var result = InputOutlines()
        result.hashes.reserveCapacity(found.count)
        for (index, file) in found.enumerated() {
            result.digest &+= file.named
            if let outline = file.outline { result.hashes[pairs[index].key] = outline }
        }
        return result
    }

    /// Writes the shards that changed, forgetting files that are gone, on all cores.
    func save() {
        let (shards, dirty, stored, kept) = lock.withLock { (self.shards, self.dirty, self.stored, self.kept) }
        var seen = stored
        seen.reserveCapacity(stored.count + kept.reduce(0) { $0 + $1.count })
        for paths in kept { seen.formUnion(paths) }
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let folder = self.folder, context = self.context, tool = self.tool
        if let linksCheck = lock.withLock({ linksCheckChanged ? linksCheck : nil }) {
            try? Data(linksCheck.bytes(tool: tool)).write(to: folder.appending(path: LinksCheck.fileName),
                                                                         options: .atomic)
        }
        _ = Parallel.map(shards.count) { index in
            // Most shards are unchanged: looking their paths up costs less than copying them.
            guard dirty.contains(index) || !shards[index].keys.allSatisfy(seen.contains) else { return }
            let remaining = shards[index].filter { seen.contains($0.key) }
            let bytes = Shard(tool: tool, context: context, entries: remaining).bytes()
            try? AtomicFile.write(bytes, to: folder.appending(path: "\(index).bin"))
        }
    }
}

/// What the cross-file check found for links of one digest, kept in `decoded/links.bin`.
private struct LinksCheck {
    static let fileName = "links.bin"
    static let format: UInt8 = 2
    var digest: UInt64
    var diagnostics: [Diagnostic]

    init(digest: UInt64, diagnostics: [Diagnostic]) {
        self.digest = digest
        self.diagnostics = diagnostics
    }

    /// The record in `bytes` when `tool` wrote it; nil for another build's or a damaged file.
    init?(bytes: UnsafeRawBufferPointer, tool: String) {
        var reader = ByteReader(bytes.bindMemory(to: UInt8.self))
        do {
            guard try reader.readByte() == Self.format, try String(compact: &reader) == tool else { return nil }
            digest = try UInt64(compact: &reader)
            diagnostics = try CompactBox<[Diagnostic]>(compact: &reader).value
            guard reader.remaining == 0 else { return nil }
        } catch {
            return nil
        }
    }

    func bytes(tool: String) -> [UInt8] {
        var writer = ByteWriter()
        writer.writeByte(Self.format)
        tool.write(to: &writer)
        digest.write(to: &writer)
        CompactBox(diagnostics).write(to: &writer)
        return writer.bytes
    }
}
