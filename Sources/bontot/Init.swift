import ArgumentParser
import BonTotKit
import Foundation

/// `bontot init DIR`: a new site with a small sample that builds at once.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Tạo trang mới với nội dung mẫu (2 chi bộ, 1 kỳ chấm điểm, 3 biên bản, 1 bài viết).",
        discussion: """
            Thư mục phải chưa có hoặc đang trống. Sửa site.yaml cho đúng tên đơn vị, rồi thay nội dung mẫu trong content/.

            Ví dụ:
              bontot init cong-thong-tin
              cd cong-thong-tin && bontot serve
            """)

    @Argument(help: ArgumentHelp("Thư mục của trang mới.", valueName: "thư-mục"))
    var directory: String

    func run() throws {
        let typed = URL(fileURLWithPath: directory, isDirectory: true).standardizedFileURL
        // As the disk spells it (`DiskSpelling`): the folder a Mac named decomposed is this one,
        // refused when it holds files, not given a look-alike twin beside it.
        let folder = DiskSpelling.existing(typed)
        do {
            let files = try SampleSite.write(to: folder)
            print("Đã tạo trang mới trong \(folder.path) (\(files.count) tệp). Tiếp theo:")
            // The folder's own spelling when the one typed is not it: `cd` in a shell takes it literally.
            print("  " + ShellLine.text(["cd", folder == typed ? directory : folder.path]))
            print("  bontot serve      # xem trước tại http://127.0.0.1:8080/")
        } catch let refusal as NewContent.Refusal {
            try? FileHandle.standardError.write(contentsOf: Data("lỗi: \(refusal.description)\n".utf8))
            throw ExitCode(1)
        }
    }
}
