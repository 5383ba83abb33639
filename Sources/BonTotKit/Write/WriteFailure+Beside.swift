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
    /// which no write into the output itself can do without ever showing half a site.
    static func besideOutputAdvice(parent: String, output: String) -> String {
        "; bontot dựng trang mới trong một thư mục ẩn đặt cạnh thư mục kết quả rồi thay vào trong một bước, nên cần quyền ghi vào "
            + "chính thư mục '\(parent)' (quyền ghi vào '\(output)' thôi chưa đủ): hãy xin quyền ghi thư mục đó, hoặc để thư mục "
            + "kết quả ở nơi bạn ghi được và đặt tại '\(output)' một liên kết (ln -s) trỏ tới nó "
            + "/ bontot needs write permission on the folder holding the output, where the new site is made before it is swapped in"
    }
}
