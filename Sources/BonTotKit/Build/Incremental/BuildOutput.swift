import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where one build's files go, and what decides whether each must be written: a clean build
/// writes everything into a staging folder that replaces the output whole; an incremental build
/// compares each file with the previous build's manifest, renders only pages whose fingerprint
/// changed, and stages only files whose bytes changed, to be moved into the output in place.
/// Either way the files are byte for byte the same. Safe to use from several threads.
final class BuildOutput: @unchecked Sendable {
    let output: URL
    private let previous: BuildManifest?
    private let staging: StagingFolder?
    private let update: OutputUpdate?
    private let lock = NSLock()
    private var records: [String: BuildManifest.OutputRecord] = [:]
    private var renderedCount = 0

    /// A clean build when `previous` is nil, else an update of the output it describes.
    init(output: URL, previous: BuildManifest?) throws {
        self.output = output.standardizedFileURL
        self.previous = previous
        if previous != nil {
            update = try OutputUpdate(output: self.output)
            staging = nil
        } else {
            staging = try StagingFolder(output: self.output)
            update = nil
        }
    }

    /// Makes the page at `file` when its `fingerprint` differs from the previous build's (or its
    /// file is gone): `render` gives its HTML, or nil on error. Returns whether it rendered.
    func page(_ file: String, fingerprint: UInt64, render: () -> String?) throws {
        if let old = previous?.outputs[file], old.fingerprint == fingerprint, exists(file, size: old.size) {
            keep(file, old)
            return
        }
        guard let html = render() else { return }
        lock.withLock { renderedCount += 1 }
        var text = html
        let hash = text.withUTF8 { StableHasher.hash(UnsafeRawBufferPointer($0)) }
        try put(file, BuildManifest.OutputRecord(fingerprint: fingerprint, hash: hash, size: text.utf8.count)) {
            try $0.write(text, to: file)
        }
    }

    /// Makes the text file at `file` (a part of the search index) when its `fingerprint`
    /// differs from the previous build's, and writes it when its bytes changed. Not a page: the
    /// count of rendered pages is left alone.
    func generated(_ file: String, fingerprint: UInt64, make: () -> String) throws {
        if let old = previous?.outputs[file], old.fingerprint == fingerprint, exists(file, size: old.size) {
            keep(file, old)
            return
        }
        var text = make()
        let hash = text.withUTF8 { StableHasher.hash(UnsafeRawBufferPointer($0)) }
        try put(file, BuildManifest.OutputRecord(fingerprint: fingerprint, hash: hash, size: text.utf8.count)) {
            try $0.write(text, to: file)
        }
    }

    /// Writes a generated file (a CSV, a stylesheet) when its bytes changed.
    func file(_ file: String, bytes: Data) throws {
        let hash = bytes.withUnsafeBytes { StableHasher.hash($0) }
        try put(file, BuildManifest.OutputRecord(fingerprint: hash, hash: hash, size: bytes.count)) {
            try $0.write(bytes, to: file)
        }
    }

    /// Copies a media file when its bytes changed since the previous build.
    func copy(_ source: URL, to file: String) throws {
        try self.file(file, bytes: try Data(contentsOf: source.resolvingSymlinksInPath()))
    }

    /// Keeps the file at `file` if a later step of this build writes it again (a bulletin's PDF),
    /// so that the update removes only such files no longer made.
    func expect(_ file: String) {
        if let old = previous?.outputs[file] { keep(file, old) }
    }

    private func put(_ file: String, _ record: BuildManifest.OutputRecord, write: (OutputWriting) throws -> Void) throws {
        if let old = previous?.outputs[file], old.hash == record.hash, old.size == record.size, exists(file, size: old.size) {
            keep(file, record)
            return
        }
        lock.withLock { records[file] = record }
        if let staging { try write(staging) } else if let update { try write(update) }
    }

    private func keep(_ file: String, _ record: BuildManifest.OutputRecord) {
        lock.withLock { records[file] = record }
    }

    /// True when the previous output still holds `file` with `size` bytes.
    private func exists(_ file: String, size: Int) -> Bool {
        var info = stat()
        return stat(output.path + "/" + file, &info) == 0 && Int(info.st_size) == size && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// The pages rendered so far.
    var rendered: Int { lock.withLock { renderedCount } }

    /// Files and bytes written by this build.
    var written: (files: Int, bytes: Int) {
        if let staging { return (staging.filesWritten, staging.bytesWritten) }
        return update?.written ?? (0, 0)
    }

    /// Puts the build in place: swaps in the staging folder, or moves the changed files in and
    /// removes those no longer made. Returns the manifest of the output as it now is.
    func commit(tool: String, inputs: [String: UInt64]) throws -> BuildManifest {
        let records = lock.withLock { self.records }
        if let staging {
            try staging.commit()
        } else if let update {
            let removed = (previous?.outputs.keys).map { Set($0).subtracting(records.keys) } ?? []
            try update.commit(removing: Array(removed))
        }
        return BuildManifest(tool: tool, output: output.path, inputs: inputs, outputs: records)
    }

    /// Leaves the output as it was.
    func discard() {
        staging?.discard()
        update?.discard()
    }
}

/// What can take a build's files: a staging folder or an in-place update.
protocol OutputWriting {
    func write(_ text: String, to path: String) throws
    func write(_ data: Data, to path: String) throws
}

extension StagingFolder: OutputWriting {}
extension OutputUpdate: OutputWriting {}
