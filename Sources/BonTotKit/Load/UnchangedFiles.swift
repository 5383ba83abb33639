/// The files a previous build read and decoded, which the reader need not read again while
/// their size and time are unchanged: the decode step's cache (`DecodeCache`) seen from here,
/// so that reading does not depend on the steps after it.
protocol UnchangedFiles: AnyObject, Sendable {
    /// What the previous build kept of the file at `path`, when the file still has `stamp`.
    /// Safe to call from several threads at once.
    func unchanged(_ path: String, stamp: FileStamp) -> UnchangedFile?

    /// Notes that the files at `paths` still exist, so what was kept of them is kept again.
    func keep(_ paths: [String])
}

/// A file found unchanged since the previous build: it is not read again.
struct UnchangedFile: Sendable {
    /// The file's path relative to the site: the very string the previous build's model names
    /// it by, when that is equal, so that looking it up later needs no comparing of bytes.
    var path: String
    /// The hash of the file's bytes.
    var hash: UInt64
    /// What the previous build decoded from the file, for the decode step.
    var decoded: AnyObject & Sendable
}
