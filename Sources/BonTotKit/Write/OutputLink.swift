import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An output given as a symbolic link to a folder (`output -> /var/www/html/dang-bo`, a link into
/// a web root or onto a USB stick): the build writes into the folder it points to, and its
/// staging folder and spare lie beside that folder, on its disk, so the link stays a link. The
/// atomic exchange of the link itself put the new site where the link was, on this disk, and
/// left the folder served or copied holding the old site, without a word.
enum OutputLink {
    /// What `output` stands for.
    enum Target: Equatable {
        /// The folder to build into: `output` itself, or the end of its chain of links.
        case folder(URL)
        /// A link to nothing there (a stick not plugged in, a folder removed), or a loop of links:
        /// built into, it would make the folder on this disk. The message says so.
        case missing(String)
    }

    /// The folder `output` stands for, following links as the system does (`realpath`): a
    /// relative link's `..` is taken from the folder it really lies in, which may itself be
    /// reached through a link (`~/trang -> /data/trang` holding `output -> ../www`), not by
    /// cutting the path given.
    static func target(of output: URL) -> Target {
        let given = output.standardizedFileURL
        guard isLink(given) else { return .folder(given) }
        if let resolved = realpath(given.path, nil) {
            defer { free(resolved) }
            return .folder(URL(fileURLWithPath: String(cString: resolved)))
        }
        return .missing(message(given, missingEnd(of: given)))
    }

    /// Where the chain of links from `given` ends in nothing, for the message: the last link's
    /// destination, relative ones from that link's folder.
    private static func missingEnd(of given: URL) -> URL {
        var current = given
        var hops = 0
        while hops < 32, isLink(current), let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: current.path) {
            current = (destination.hasPrefix("/") ? URL(fileURLWithPath: destination)
                : current.deletingLastPathComponent().appending(path: destination)).standardizedFileURL
            hops += 1
        }
        return current
    }

    /// True when `url` is a symbolic link itself.
    private static func isLink(_ url: URL) -> Bool {
        var info = stat()
        return lstat(url.path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    private static func message(_ output: URL, _ destination: URL) -> String {
        "thư mục kết quả '\(output.path)' là liên kết (shortcut) tới '\(destination.path)', nơi không có thư mục nào "
            + "(ổ USB hay ổ mạng chưa gắn vào, hoặc thư mục đã bị xóa hay đổi tên); hãy gắn ổ hoặc tạo lại thư mục đó, "
            + "hoặc chọn thư mục kết quả khác bằng --output / the output is a link to a missing folder"
    }
}
