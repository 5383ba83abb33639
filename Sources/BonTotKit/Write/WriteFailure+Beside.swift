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

    /// What bontot makes in a hidden folder beside the output, which is why it must write the
    /// folder holding it.
    enum BesideWork {
        /// The new site, swapped in whole: no write into the output itself can do that without
        /// ever showing half a site.
        case site
        /// The pages of the month copied to be printed (`build --month --pdf`).
        case print(YearMonth)

        /// The work in the office's words.
        var told: String {
            switch self {
            case .site: "dựng trang mới trong một thư mục ẩn đặt cạnh thư mục kết quả rồi thay vào trong một bước"
            case .print: "chuẩn bị trang để in PDF trong một thư mục ẩn đặt cạnh thư mục kết quả"
            }
        }

        /// What another output chosen with `--output` gets: `--month` writes its month's
        /// bulletin there alone, not a whole site.
        var elsewhere: String {
            switch self {
            case .site: ""
            case .print(let month):
                " (với --month, thư mục đó chỉ nhận bản tin \(VietnameseFormat.monthYear(month)) cùng tệp PDF của nó, không có các "
                    + "trang khác; muốn có cả trang thì bỏ --month khi dựng vào đó)"
            }
        }
    }

    /// The whole of the refusal to write `parent`, the folder holding `output`, in place of the
    /// general `reason` (whose own advice and English it would repeat): why writing into the
    /// output alone is not enough, and what to do. A clerk who may not write `parent` may not
    /// put a link there either: the administrator who may makes `output` a link to a folder in
    /// one the clerk writes (bontot builds into it), or the clerk builds elsewhere with `--output`
    /// (`serve`, which has none, previews a copy of the site: `command.elsewhere`).
    func deniedBesideOutput(parent: String, output: String, work: BesideWork, command: OutputLink.Command = .build) -> String {
        let own = command == .build ? "tự chọn bằng --output một thư mục nằm trong thư mục bạn ghi được\(work.elsewhere)" : command.elsewhere
        return "không có quyền ghi; bontot \(work.told), nên cần quyền ghi vào chính thư mục '\(parent)' (quyền ghi vào '\(output)' "
            + "thôi chưa đủ): hãy nhờ người quản trị máy cấp quyền ghi thư mục đó, hoặc nhờ người đó thay '\(output)' bằng một liên "
            + "kết (ln -s) trỏ tới một thư mục nằm trong thư mục bạn ghi được (bontot sẽ dựng trang vào thư mục ấy); hoặc \(own) "
            + "/ no permission to write the folder holding the output (\(system))"
    }

    /// The failure as the office reads it, for a build writing `output` (standardized): bontot's
    /// own hidden folders beside the output (`.output.bontot-spare`, `.output.bontot-month`)
    /// mean nothing to the office, so the folder holding them is named instead, with
    /// `deniedBesideOutput` when the system refused to write there, for `work`; a file in
    /// `staging` (the site being made) is named by its path in the site. What to do is said to
    /// `command`.
    func told(output: URL, staging: String? = nil, work: BesideWork = .site, command: OutputLink.Command = .build) -> String {
        let parent = output.deletingLastPathComponent().path
        let file: String
        if let staging, path.hasPrefix(staging + "/") {
            file = String(path.dropFirst(staging.count + 1))
        } else if path.hasPrefix((parent == "/" ? "" : parent) + "/.") && path.contains(".bontot-") {
            file = parent
        } else {
            file = path
        }
        guard file == parent && isDeniedBesideOutput else { return "\(file): \(reason(for: command))" }
        return "\(file): " + deniedBesideOutput(parent: parent, output: output.path, work: work, command: command)
    }
}
