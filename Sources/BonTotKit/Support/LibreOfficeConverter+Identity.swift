import Foundation

extension LibreOfficeConverter {
    /// What tells this LibreOffice from the one an upgrade (or another installation on the
    /// `PATH`) puts in its place: the program's file, its links followed, with that file's
    /// modification time and size, and the same of the `versionrc` beside it (where
    /// LibreOffice writes its version and build: an upgrade that left the `soffice` script
    /// alone still rewrites it), all read from the file system without starting LibreOffice.
    /// What LibreOffice made of an .xls is kept under it (`ConvertedWorkbooks`, the decode
    /// cache's context), so that after an upgrade a build converts the workbook afresh, as a
    /// clean build would, instead of reading what the former LibreOffice made of it.
    var identity: UInt64 {
        let program = executable.resolvingSymlinksInPath()
        let version = program.deletingLastPathComponent().appendingPathComponent("versionrc").path
        var hasher = StableHasher()
        for file in [program.path, version] {
            hasher.combine(file)
            guard let info = FileStamp.status(of: file) else { continue }
            let stamp = FileStamp(info)
            for part in [stamp.seconds, stamp.nanoseconds, stamp.size] { hasher.combine(part) }
        }
        return hasher.finalize()
    }
}
