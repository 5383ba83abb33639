import Foundation

/// Where one build's files go, and what decides whether each must be written. Every build makes
/// a whole new output in the staging folder (`StagingFolder`): the spare, the site as it was one
/// build ago, or a new, empty folder when there is none. An incremental build trusts what the
/// spare's manifest says it holds; a clean build trusts nothing there and writes every file anew.
/// A page is rendered only when its fingerprint differs from both the published output's and the
/// spare's; a file is written only when the spare does not already hold its bytes, or taken over
/// from the published output as a hard link when that one does. The files are byte for byte
/// those of a clean build. Safe to use from several threads.
final class BuildOutput: @unchecked Sendable {
    let output: URL
    /// The folder the new output is being made in, before it is published.
    var folder: URL { staging.staging }
    /// The manifest of the published output, for an incremental build.
    private let previous: BuildManifest?
    /// The manifest of the spare the new output is made in, when the build reuses it.
    private let spare: BuildManifest?
    private let staging: StagingFolder
    private let lock = NSLock()
    /// Every file the new output holds so far, by its path from the output's root.
    private var entries: [String: Entry] = [:]
    /// The pages rendered, each counted once (`remember`): a bulletin rendered again without its
    /// PDF link (the PDF not kept after all) is one page made, not two.
    private var renderedPages = 0
    /// The files taken from the spare that the published output holds other bytes of (an edit
    /// undone gives back the pages of two builds ago), by path, with their sizes: the site
    /// changes by them though nothing is written.
    private var restored: [String: Int] = [:]

    /// A file the new output holds: what its manifest will record, and whether this build
    /// rendered it (a page), the first time or again.
    private struct Entry {
        var record: BuildManifest.OutputRecord
        var rendered: Bool
    }

    /// A clean build when `previous` is nil. The new output is made in the spare: described by
    /// `spare` (its manifest) when given, else with files of its own that nothing describes,
    /// each written anew and the rest removed at `commit` (or in a new folder when there is no
    /// spare).
    init(output: URL, previous: BuildManifest?, spare: BuildManifest?, faults: WriteFaults? = nil) throws {
        self.output = output.standardizedFileURL
        self.previous = previous
        self.spare = previous == nil ? nil : spare
        staging = try StagingFolder(output: self.output, spare: self.spare != nil ? .described : .undescribed, faults: faults)
        if let spare = self.spare { staging.checkFolders(of: spare.outputs.keys) }
        entries.reserveCapacity(max(self.spare?.outputs.count ?? 0, previous?.outputs.count ?? 0))
    }

    /// Makes the page at `file` unless the previous output or the spare holds it made from the
    /// same `fingerprint`: `render` gives its HTML, or nil on error. A page made again in the same
    /// build (a bulletin whose PDF could not be printed) replaces the first.
    func page(_ file: String, fingerprint: UInt64, render: () -> String?) throws {
        try produce(file, fingerprint: fingerprint, counted: true, make: render)
    }

    private func produce(_ file: String, fingerprint: UInt64, counted: Bool, make: () -> String?) throws {
        if try takeOver(file, fingerprint: fingerprint, page: counted) { return }
        guard let made = make() else { return }
        var text = made
        let hash = text.withUTF8 { StableHasher.hash(UnsafeRawBufferPointer($0)) }
        try place(file, BuildManifest.OutputRecord(fingerprint: fingerprint, hash: hash, size: text.utf8.count), rendered: counted) {
            try staging.write(text, to: file)
        }
    }

    /// Makes the text file at `file` (a part of the search index) unless the previous output or
    /// the spare holds it made from the same `fingerprint`. Not a page: the count of rendered
    /// pages is left alone.
    func generated(_ file: String, fingerprint: UInt64, make: () -> String) throws {
        try produce(file, fingerprint: fingerprint, counted: false, make: make)
    }

    /// Writes a generated file (a CSV, a stylesheet) unless its bytes are already there.
    func file(_ file: String, bytes: Data) throws {
        let hash = bytes.withUnsafeBytes { StableHasher.hash($0) }
        try place(file, BuildManifest.OutputRecord(fingerprint: hash, hash: hash, size: bytes.count)) {
            try staging.write(bytes, to: file)
        }
    }

    /// Makes the file at `file` (a ranking's CSV) unless the previous output or the spare holds
    /// it made from the same `fingerprint`; `make` gives its bytes, written unless already there.
    func file(_ file: String, fingerprint: UInt64, make: () -> Data) throws {
        if try takeOver(file, fingerprint: fingerprint) { return }
        let bytes = make()
        let hash = bytes.withUnsafeBytes { StableHasher.hash($0) }
        try place(file, BuildManifest.OutputRecord(fingerprint: fingerprint, hash: hash, size: bytes.count)) {
            try staging.write(bytes, to: file)
        }
    }

    /// Copies a media file unless its bytes are already there.
    func copy(_ source: URL, to file: String) throws {
        try self.file(file, bytes: try Data(contentsOf: source.resolvingSymlinksInPath()))
    }

    /// Takes over a file made by a later step of an earlier build (a bulletin's PDF) when that
    /// build recorded it with `fingerprint`, worked out only when an earlier output holds the
    /// file; returns whether it did.
    func reuse(_ file: String, fingerprint: () -> UInt64) throws -> Bool {
        guard mayReuse(file) else { return false }
        return try takeOver(file, fingerprint: fingerprint())
    }

    /// Whether an earlier output this build may take files from (the published one or the spare,
    /// as their manifests describe them) holds `file`: never in a clean build, which trusts
    /// neither, whatever their folders hold.
    func mayReuse(_ file: String) -> Bool {
        spare?.outputs[file] != nil || previous?.outputs[file] != nil
    }

    /// Takes `file` made from `fingerprint` from the spare (nothing to do) or from the published
    /// output (a hard link, unless the spare holds its bytes); false when neither holds it.
    /// A `page` the spare gives back in place of other bytes counts as made.
    private func takeOver(_ file: String, fingerprint: UInt64, page: Bool = false) throws -> Bool {
        if let kept = spare?.outputs[file], kept.fingerprint == fingerprint, staging.holds(file, size: kept.size) {
            let changed = restores(file, kept)
            remember(file, kept, rendered: page && changed)
            return true
        }
        guard let old = previous?.outputs[file], old.fingerprint == fingerprint,
              FileWriting.isFile(output.path + "/" + file, size: old.size) else { return false }
        try place(file, old) { try staging.keep(file) }
        return true
    }

    /// Records a file a later step wrote into the staging folder itself (a PDF it printed).
    func record(_ file: String, fingerprint: UInt64, size: Int) {
        remember(file, BuildManifest.OutputRecord(fingerprint: fingerprint, hash: 0, size: size))
    }

    /// Puts `file`, described by `record`, into the new output: nothing to do when the spare
    /// holds those bytes already; a hard link when the published output does; else `write`.
    /// `rendered`: the file is a page this build rendered.
    private func place(_ file: String, _ record: BuildManifest.OutputRecord, rendered: Bool = false,
                       write: () throws -> Void) throws {
        if let kept = spare?.outputs[file], kept.hash == record.hash, kept.size == record.size, record.hash != 0,
           staging.holds(file, size: kept.size) {
            _ = restores(file, record)
            remember(file, record, rendered: rendered)
            return
        }
        if let old = previous?.outputs[file], old.hash == record.hash, old.size == record.size, record.hash != 0,
           FileWriting.isFile(output.path + "/" + file, size: old.size) {
            try staging.keep(file)
        } else {
            try write()
        }
        remember(file, record, rendered: rendered)
    }

    /// Whether the spare's `file`, described by `record`, changes the site: the published output
    /// holds other bytes there, or none. Such a file is counted as written.
    private func restores(_ file: String, _ record: BuildManifest.OutputRecord) -> Bool {
        if let old = previous?.outputs[file], old.size == record.size,
           record.hash != 0 ? old.hash == record.hash : old.fingerprint == record.fingerprint {
            return false
        }
        lock.withLock { restored[file] = record.size }
        return true
    }

    /// Notes that the new output holds `file` as `record`; a page `rendered` is counted unless
    /// this build rendered it already (a bulletin rendered again without its PDF link), and
    /// stays counted when made again by taking it over.
    private func remember(_ file: String, _ record: BuildManifest.OutputRecord, rendered: Bool = false) {
        lock.withLock {
            let before = entries[file]?.rendered ?? false
            if rendered && !before { renderedPages += 1 }
            entries[file] = Entry(record: record, rendered: rendered || before)
        }
    }

    /// The hash of the bytes the new output holds at `file` (a media file copied), as its
    /// manifest will record it; nil while it holds no such file, 0 for a printed PDF.
    func hash(of file: String) -> UInt64? {
        lock.withLock { entries[file]?.record.hash }
    }

    /// Every file the new output holds so far, by its path from the output's root.
    var files: [String] { lock.withLock { Array(entries.keys) } }

    /// The pages rendered so far, each page's file once however often it was rendered.
    var rendered: Int { lock.withLock { renderedPages } }

    /// True when the new output, in a web root shared by a group, has folders or pages that had
    /// lost its group (`StagingFolder.lostSharedGroup`).
    var lostSharedGroup: Bool { staging.lostSharedGroup }

    /// The group of a web root shared by a group holding the output, which the clerk is no
    /// member of (`StagingFolder.groupNotGiven`).
    var groupNotGiven: gid_t? { staging.groupNotGiven }

    /// Files and bytes written by this build, with those the spare gave back in place of other
    /// bytes (files taken over unchanged not counted).
    var written: (files: Int, bytes: Int) {
        let back = lock.withLock { restored }
        return (staging.filesWritten + back.count, staging.bytesWritten + back.values.reduce(0, +))
    }

    /// Publishes the new output, marked as bontot's (`OutputMarker`), after removing from the
    /// spare what the new output does not have. Returns the manifest of the output as it now is,
    /// and whether the previous output is now the spare.
    func commit(tool: String, inputs: [String: UInt64]) throws -> (manifest: BuildManifest, spared: Bool) {
        try file(OutputMarker.name, bytes: Data(OutputMarker.text.utf8))
        let records = lock.withLock { entries.mapValues(\.record) }
        if let spare {
            staging.remove(spare.outputs.keys.filter { records[$0] == nil })
        } else if staging.holdsUndescribedFiles {
            // Byte for byte: Swift finds a name spelled otherwise (`Ảnh.jpg` with its letters
            // decomposed, as an earlier bontot published a media file) equal to the new output's.
            let kept = Set(records.keys.map { Array($0.utf8) })
            try staging.removeFiles { !kept.contains(Array($0.utf8)) }
        }
        let spared = try staging.commit()
        return (BuildManifest(tool: tool, output: output.path, inputs: inputs, outputs: records), spared)
    }

    /// Leaves the output as it was.
    func discard() {
        staging.discard()
    }
}
