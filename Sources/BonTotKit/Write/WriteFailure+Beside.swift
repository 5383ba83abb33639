import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension WriteFailure {
    /// True when the failure is the system refusing a folder beside the output (its staging
    /// folder, made in the folder holding the output): an output the office may write into,
    /// given by an administrator in a web root it may not (`/var/www/html/dang-bo`).
    var isDeniedBesideOutput: Bool {
        code == EACCES || code == EPERM
    }

    /// Why writing into the output alone is not enough, and what to do, for an output `output`
    /// held by the folder `parent`: the new site is made beside the output and swapped in whole,
    /// which no write into the output itself can do without ever showing half a site. A clerk
    /// who may not write `parent` may not put a link there either: the administrator who may
    /// makes `output` a link to a folder in one the clerk writes (bontot builds into it), or the
    /// clerk builds elsewhere with `--output`.
    static func besideOutputAdvice(parent: String, output: String) -> String {
        "; bontot dựng trang mới trong một thư mục ẩn đặt cạnh thư mục kết quả rồi thay vào trong một bước, nên cần quyền ghi vào "
            + "chính thư mục '\(parent)' (quyền ghi vào '\(output)' thôi chưa đủ): hãy nhờ người quản trị máy cấp quyền ghi thư mục "
            + "đó, hoặc nhờ người đó thay '\(output)' bằng một liên kết (ln -s) trỏ tới một thư mục nằm trong thư mục bạn ghi được (bontot "
            + "sẽ dựng trang vào thư mục ấy); hoặc tự chọn bằng --output một thư mục nằm trong thư mục bạn ghi được "
            + "/ bontot needs write permission on the folder holding the output, where the new site is made before it is swapped in: "
            + "ask the administrator for it or to make the output a link to a folder inside one you may write, "
            + "or give --output a folder inside one you may write"
    }

    /// The failure as the office reads it, for a build writing `output` (standardized): bontot's
    /// own hidden folders beside the output (`.output.bontot-spare`, `.output.bontot-month`)
    /// mean nothing to the office, so the folder holding them is named instead, with
    /// `besideOutputAdvice` when the system refused to write there; a file in `staging` (the
    /// site being made) is named by its path in the site.
    func told(output: URL, staging: String? = nil) -> String {
        let parent = output.deletingLastPathComponent().path
        let file: String
        if let staging, path.hasPrefix(staging + "/") {
            file = String(path.dropFirst(staging.count + 1))
        } else if path.hasPrefix((parent == "/" ? "" : parent) + "/.") && path.contains(".bontot-") {
            file = parent
        } else {
            file = path
        }
        let beside = file == parent && isDeniedBesideOutput
        return "\(file): \(reason)" + (beside ? Self.besideOutputAdvice(parent: parent, output: output.path) : "")
    }
}
