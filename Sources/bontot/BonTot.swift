import ArgumentParser
import BonTotKit
import Foundation

/// The `bontot` command: build, check and preview a Party committee's portal.
struct BonTot: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bontot",
        abstract: "Tạo cổng thông tin tĩnh (static site) cho Đảng bộ từ biên bản, bài viết và dữ liệu YAML.",
        discussion: """
            Chạy trong thư mục trang (có site.yaml và content/), hoặc chỉ thư mục bằng --site.

            Ví dụ:
              bontot init cong-thong-tin          tạo trang mới có nội dung mẫu
              bontot serve                        xem trước, tự dựng lại khi sửa tệp
              bontot new minutes --branch kdc-so-1 --date 2024-09-05
              bontot check                        kiểm tra nội dung, không ghi gì
              bontot build                        dựng cổng thông tin vào output/
              bontot import minutes bien-ban.docx --branch kdc-so-1
              bontot convert content/evaluations/2024.csv
            """,
        version: BonTotVersion.current,
        subcommands: [Build.self, Check.self, Serve.self, New.self, Init.self, Import.self, Convert.self],
        defaultSubcommand: Build.self
    )
}
