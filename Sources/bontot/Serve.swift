import ArgumentParser
import BonTotKit
import BonTotServe
import Foundation

/// `bontot serve`: a live preview of the site on 127.0.0.1.
struct Serve: AsyncParsableCommand, LongRunningCommand {
    static let configuration = CommandConfiguration(
        abstract: "Xem trước cổng thông tin tại http://127.0.0.1:8080/, tự dựng lại khi sửa tệp.",
        discussion: """
            Dựng trang (incremental build, như `bontot build`), phục vụ thư mục output/ chỉ trên máy này \
            (127.0.0.1), theo dõi site.yaml, content/ và templates/ (của trang và của mọi đơn vị ghi trong \
            units: của một huyện, tỉnh): mỗi lần lưu tệp, trang được dựng lại \
            và các trang đang mở trong trình duyệt tự tải lại. Khi có lỗi, lỗi hiện trong cửa sổ lệnh và \
            trên đầu trang, còn trang vẫn là bản dựng tốt gần nhất. Ctrl-C để dừng.

            Ví dụ:
              bontot serve
              bontot serve --site ~/cong-thong-tin --port 8081 --open
            """)

    @OptionGroup var options: SiteOptions

    @Option(name: .long, help: ArgumentHelp("Cổng (port) trên 127.0.0.1 (mặc định: \(PreviewOptions.defaultPort)).", valueName: "cổng"))
    var port: Int?

    @Flag(name: .long, help: "Mở trình duyệt khi máy chủ đã sẵn sàng.")
    var open = false

    func run() async throws {
        // A folder that is no site (serve run in the wrong folder) is one error, as for build and
        // check, not a server watching nothing.
        if let problem = SiteReader.notASite(options.root) {
            FileHandle.standardError.write(Data((problem.description + "\n").utf8))
            throw ExitCode(1)
        }
        let preview = PreviewOptions(siteRoot: options.root, port: port ?? PreviewOptions.defaultPort, openBrowser: open)
        do {
            try await PreviewServer(options: preview) { line in
                FileHandle.standardOutput.write(Data((line + "\n").utf8))
            }.run()
        } catch let error as PreviewError {
            FileHandle.standardError.write(Data("lỗi: \(error.description)\n".utf8))
            throw ExitCode(1)
        }
    }
}
