import Foundation

extension LibreOfficeConverter {
    /// What tells this LibreOffice from the one an upgrade (or another installation on the
    /// `PATH`) puts in its place: the program's file, its links followed, with that file's
    /// modification time and size, read from the file system without starting LibreOffice.
    /// What LibreOffice made of an .xls is kept under it (`ConvertedWorkbooks`, the decode
    /// cache's context), so that after an upgrade a build converts the workbook afresh, as a
    /// clean build would, instead of reading what the former LibreOffice made of it.
    var identity: UInt64 {
        let program = executable.resolvingSymlinksInPath().path
        var hasher = StableHasher()
        hasher.combine(program)
        if let info = FileStamp.status(of: program) {
            let stamp = FileStamp(info)
            for part in [stamp.seconds, stamp.nanoseconds, stamp.size] { hasher.combine(part) }
        }
        return hasher.finalize()
    }
}
