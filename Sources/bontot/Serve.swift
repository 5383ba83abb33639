import ArgumentParser
import BonTotKit
import BonTotServe
import Foundation

/// `bontot serve`: a live preview of the site on 127.0.0.1, or to the office's network (`--bind`).
struct Serve: AsyncParsableCommand, LongRunningCommand {
    static let configuration = CommandConfiguration(
        abstract: "Xem trước cổng thông tin tại http://127.0.0.1:8080/, tự dựng lại khi sửa tệp.",
        discussion: """
            Dựng trang (incremental build, như `bontot build`), phục vụ thư mục output/ chỉ trên máy này \
            (127.0.0.1; --bind 0.0.0.0 để máy khác trong mạng nội bộ cũng xem được), theo dõi site.yaml, content/ và templates/ (của trang và của mọi đơn vị ghi trong \
            units: của một huyện, tỉnh): mỗi lần lưu tệp, trang được dựng lại \
            và các trang đang mở trong trình duyệt tự tải lại. Khi có lỗi, lỗi hiện trong cửa sổ lệnh và \
            trên đầu trang, còn trang vẫn là bản dựng tốt gần nhất. Ctrl-C để dừng.

            Ví dụ:
              bontot serve
              bontot serve --site ~/cong-thong-tin --port 8081 --open
              bontot serve --bind 0.0.0.0    # máy khác trong mạng cũng xem được
            """)

    @OptionGroup var options: SiteOptions

    @Option(name: .long, help: ArgumentHelp("Cổng (port) của máy chủ xem trước (mặc định: \(PreviewOptions.defaultPort)).", valueName: "cổng"))
    var port: Int?

    @Option(name: .long, help: ArgumentHelp("Địa chỉ máy chủ xem trước nghe: 0.0.0.0 để máy khác trong mạng nội bộ xem được, "
                                            + "hoặc một địa chỉ IPv4 của máy này (mặc định: 127.0.0.1, chỉ máy này).",
                                            valueName: "địa-chỉ"))
    var bind: String?

    @Flag(name: .long, help: "Mở trình duyệt khi máy chủ đã sẵn sàng.")
    var open = false

    /// Where to listen: this computer only, unless `--bind` names an address.
    private var listen: ListenAddress? { bind.map(ListenAddress.init) ?? .loopback }

    func validate() throws {
        if listen == nil {
            throw ValidationError("--bind cần một địa chỉ IPv4: 0.0.0.0 (mọi mạng của máy này) hoặc một địa chỉ của máy, "
                                  + "ví dụ 192.168.1.23 / --bind takes an IPv4 address")
        }
    }

    func run() async throws {
        // A folder that is no site (serve run in the wrong folder) is one error, as for build and
        // check, not a server watching nothing.
        if let problem = SiteReader.notASite(options.root) {
            try? FileHandle.standardError.write(contentsOf: Data((problem.description + "\n").utf8))
            throw ExitCode(1)
        }
        let preview = PreviewOptions(siteRoot: options.root, port: port ?? PreviewOptions.defaultPort, listen: listen ?? .loopback,
                                     openBrowser: open)
        do {
            try await PreviewServer(options: preview) { line in
                // The terminal window may be closed (SIGHUP, then EIO on every write): the preview
                // then stops with nothing more said, rather than crash on its last line.
                try? FileHandle.standardOutput.write(contentsOf: Data((line + "\n").utf8))
            }.run()
        } catch let error as PreviewError {
            // As for its lines: a closed terminal or pipe is no reason to crash on the error.
            try? FileHandle.standardError.write(contentsOf: Data("lỗi: \(error.description)\n".utf8))
            throw ExitCode(1)
        }
    }
}
