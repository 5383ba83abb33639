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

    /// The folder `output` stands for, following links (relative ones from their own folder).
    static func target(of output: URL) -> Target {
        let given = output.standardizedFileURL
        var current = given
        var hops = 0
        while isLink(current) {
            guard hops < 32, let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: current.path) else {
                return .missing(message(given, current))
            }
            current = (destination.hasPrefix("/") ? URL(fileURLWithPath: destination)
                : current.deletingLastPathComponent().appending(path: destination)).standardizedFileURL
            hops += 1
        }
        var info = stat()
        guard current == given || lstat(current.path, &info) == 0 else { return .missing(message(given, current)) }
        return .folder(current)
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
