import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The mode of bontot's own folders beside the output (the staging folder, the spare, and the
/// folder `build --month --pdf` prints a month's bulletin from, `.x.bontot-month`): readable by
/// their owner alone (0700).
///
/// They lie beside the output because the atomic exchange needs them on its file system, and
/// the folder holding the output is the one place known to be (the site's cache may be on
/// another disk than `--output /srv/www/x`). But that folder may be under a web server's root:
/// a server listing hidden folders would publish `.x.bontot-spare`, the previous site, and the
/// site being made. Closed to all but their owner, they are neither listed nor read by a server
/// running as another user (`www-data`, a share's guest); a server running as bontot's own user
/// still reads them, and then the output's folder must lie outside its root. Two `chmod`s a build,
/// nothing copied or moved more than before.
///
/// The output, once published, takes the mode the published one had (an office's `chmod 750`
/// for the server's group is kept), or a new folder's on the first build.
enum PrivateFolder {
    /// Readable, writable and enterable by the owner alone.
    static let mode: mode_t = 0o700

    /// Closes the folder at `path` to all but its owner; quietly does nothing where the file
    /// system keeps no modes (a Windows share, whose modes are set when it is mounted). The
    /// set-group-ID bit it took from a web root shared by a group (`chmod g+s`) is kept.
    static func makePrivate(_ path: String) {
        chmod(path, mode | sharedGroupBit(path))
    }

    /// Gives the folder at `path`, about to be published as `output`, the mode of the published
    /// output, or of a new folder when there is none; with the set-group-ID bit it has.
    static func makePublic(_ path: String, as output: URL) {
        var info = stat()
        let published = stat(output.path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
        chmod(path, (published ? info.st_mode & 0o7777 : 0o755 & ~FileWriting.umask()) | sharedGroupBit(path))
    }

    /// The set-group-ID bit of the folder at `path`, which `mkdir` gives a folder made in a
    /// folder having it (a web root shared with the server's group): the files made in it then
    /// take that group, not their writer's. A `chmod` without it clears it, and the pages
    /// were the clerk's group, out of the server's reach where the office closes them to others.
    private static func sharedGroupBit(_ path: String) -> mode_t {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & S_ISGID : 0
    }
}
