import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where one build's files go, and what decides whether each must be written. Every build makes
/// a whole new output in a staging folder: a clean build writes every file; an incremental one
/// compares each with the previous build's manifest, renders only pages whose fingerprint
/// changed, writes only files whose bytes changed, and takes the others over from the published
/// output as hard links. Either way the files are byte for byte the same, and the output is
/// replaced in one atomic step. Safe to use from several threads.
final class BuildOutput: @unchecked Sendable {
    let output: URL
    /// The folder the new output is being written into, before it is published.
    var folder: URL { staging.staging }
    private let previous: BuildManifest?
    private let staging: StagingFolder
    private let lock = NSLock()
    private var records: [String: BuildManifest.OutputRecord] = [:]
    private var renderedCount = 0

    /// A clean build when `previous` is nil, else one that reuses what the output it describes holds.
    init(output: URL, previous: BuildManifest?, faults: WriteFaults? = nil) throws {
        self.output = output.standardizedFileURL
        self.previous = previous
        staging = try StagingFolder(output: self.output, faults: faults)
    }

    /// Makes the page at `file` when its `fingerprint` differs from the previous build's (or its
    /// file is gone): `render` gives its HTML, or nil on error. A page made again in the same
    /// build (a bulletin whose PDF could not be printed) replaces the first.
    func page(_ file: String, fingerprint: UInt64, render: () -> String?) throws {
        if let old = previous?.outputs[file], old.fingerprint == fingerprint, exists(file, size: old.size) {
            try keep(file, old)
            return
        }
        guard let html = render() else { return }
        lock.withLock { renderedCount += 1 }
        var text = html
        let hash = text.withUTF8 { StableHasher.hash(UnsafeRawBufferPointer($0)) }
        try put(file, BuildManifest.OutputRecord(fingerprint: fingerprint, hash: hash, size: text.utf8.count)) {
            try staging.write(text, to: file)
        }
    }

    /// Writes a generated file (a CSV, a stylesheet) when its bytes changed.
    func file(_ file: String, bytes: Data) throws {
        let hash = bytes.withUnsafeBytes { StableHasher.hash($0) }
        try put(file, BuildManifest.OutputRecord(fingerprint: hash, hash: hash, size: bytes.count)) {
            try staging.write(bytes, to: file)
        }
    }

    /// Copies a media file when its bytes changed since the previous build.
    func copy(_ source: URL, to file: String) throws {
        try self.file(file, bytes: try Data(contentsOf: source.resolvingSymlinksInPath()))
    }

    /// Takes over a file of the published output made by a later step of the previous build (a
    /// bulletin's PDF) when that build recorded it with `fingerprint`; returns whether it did.
    func reuse(_ file: String, fingerprint: UInt64) throws -> Bool {
        guard let old = previous?.outputs[file], old.fingerprint == fingerprint, exists(file, size: old.size) else { return false }
        try keep(file, old)
        return true
    }

    /// Records a file a later step wrote into the staging folder itself (a PDF it printed).
    func record(_ file: String, fingerprint: UInt64, size: Int) {
        lock.withLock { records[file] = BuildManifest.OutputRecord(fingerprint: fingerprint, hash: 0, size: size) }
    }

    private func put(_ file: String, _ record: BuildManifest.OutputRecord, write: () throws -> Void) throws {
        if let old = previous?.outputs[file], old.hash == record.hash, old.size == record.size, exists(file, size: old.size) {
            try keep(file, record)
            return
        }
        try write()
        lock.withLock { records[file] = record }
    }

    private func keep(_ file: String, _ record: BuildManifest.OutputRecord) throws {
        try staging.keep(file)
        lock.withLock { records[file] = record }
    }

    /// True when the published output holds `file` with `size` bytes.
    private func exists(_ file: String, size: Int) -> Bool {
        var info = stat()
        return stat(output.path + "/" + file, &info) == 0 && Int(info.st_size) == size && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// The pages rendered so far.
    var rendered: Int { lock.withLock { renderedCount } }

    /// Files and bytes written by this build (files taken over unchanged not counted).
    var written: (files: Int, bytes: Int) { (staging.filesWritten, staging.bytesWritten) }

    /// Publishes the new output, marked as bontot's (`OutputMarker`). Returns the manifest of
    /// the output as it now is.
    func commit(tool: String, inputs: [String: UInt64]) throws -> BuildManifest {
        try file(OutputMarker.name, bytes: Data(OutputMarker.text.utf8))
        let records = lock.withLock { self.records }
        try staging.commit()
        return BuildManifest(tool: tool, output: output.path, inputs: inputs, outputs: records)
    }

    /// Leaves the output as it was.
    func discard() {
        staging.discard()
    }
}
