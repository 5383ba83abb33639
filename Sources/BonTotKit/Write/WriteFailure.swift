import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file the build could not create, move or remove, with the system's reason and, for the
/// failures an office meets (a full disk, a read-only or protected folder), what to do about it.
struct WriteFailure: Error, LocalizedError, Equatable {
    /// The file or folder concerned (absolute).
    let path: String
    /// The system's error number.
    let code: Int32

    /// The failure of the last system call, from `errno`.
    init(path: String, code: Int32 = errno) {
        self.path = path
        self.code = code
    }

    var errorDescription: String? {
        "\(path): \(reason)"
    }

    /// The system's own words for `code`.
    var system: String {
        String(cString: strerror(code))
    }

    /// The reason in the office's words, then the system's, for a build.
    var reason: String { reason(for: .build) }

    /// The reason in the office's words, then the system's, with what `command` can do about it
    /// (`serve` has no `--output`).
    func reason(for command: OutputLink.Command) -> String {
        switch code {
        case ENOSPC, EDQUOT:
            return "ổ đĩa đã đầy; hãy giải phóng chỗ trống rồi dựng lại / no space left (\(system))"
        case EROFS:
            return "ổ đĩa chỉ cho phép đọc; hãy \(command.elsewhere) / read-only file system (\(system))"
        case EACCES, EPERM:
            return "không có quyền ghi (hoặc tệp đang bị khóa); hãy cấp quyền ghi cho thư mục, bỏ khóa tệp, hoặc "
                + "\(command.elsewhere) / permission denied (\(system))"
        case ENAMETOOLONG:
            return "tên tệp quá dài / file name too long (\(system))"
        case EEXIST, EBUSY, ETXTBSY:
            return "tệp cũ ở đó không xóa được (đang bị khóa, đang mở hoặc chỉ đọc); hãy đóng chương trình đang mở thư mục kết quả, "
                + "bỏ khóa tệp rồi dựng lại / an old file there could not be removed (\(system))"
        case ENOTDIR:
            return "một phần của đường dẫn là tệp chứ không phải thư mục; hãy \(command.elsewhere) "
                + "/ not a directory (\(system))"
        case ELOOP:
            // A folder on the way linked round in a loop: builds replace links left in the spare
            // by folders (`FileWriting.makeCheckedFolder`), so this is met only where that cannot
            // reach (a loop made while the build runs); its links named as `OutputLink` names the
            // output's own.
            if let loop = OutputLink.loopOnTheWay(to: URL(fileURLWithPath: path)) {
                return loop + " / a loop of symbolic links (\(system))"
            }
            return "đường dẫn đi qua một liên kết (shortcut) trỏ vòng: các liên kết trỏ lẫn nhau mà không dẫn tới thư mục nào; "
                + "hãy sửa liên kết cho trỏ tới thư mục thật, hoặc \(command.elsewhere) "
                + "/ a loop of symbolic links (\(system))"
        case ENOENT:
            return "thư mục chứa thư mục kết quả không có hoặc không ghi tệp vào được; hãy kiểm tra \(command.outputPath) "
                + "/ no such file or directory (\(system))"
        default:
            return system
        }
    }
}
