import Foundation

/// A `base_url` of this computer (`http://127.0.0.1:8080/`, as `bontot init` writes it for the
/// preview): right for `bontot serve`, but a site built with it and copied to the shared folder
/// publishes a feed and a sitemap whose every link leads to the reader's own computer. Told by
/// `bontot build`, which makes what is published; never by the preview, which is served there.
public enum LoopbackBaseURL {
    /// The warning, on the `base_url` line of the `site.yaml` of the site at `root`, when it is
    /// this computer's address; nil otherwise, and when the file cannot be read (the build says why).
    public static func warning(siteRoot root: URL) -> Diagnostic? {
        let path = "site.yaml"
        guard let data = FileManager.default.contents(atPath: root.appending(path: path).path),
              case .success(let node) = YAMLDocument.parse(String(decoding: data, as: UTF8.self), path: path),
              let reader = FieldReader(node, path: path, lineOffset: 0, known: SiteConfigDecoder.fields, sink: DiagnosticSink()),
              let written = reader.string("base_url"),
              let address = SiteAddress(baseURL: written), address.isLoopback else { return nil }
        let files = "\(Router().file(.feed)) và \(Router().file(.sitemap))"
        return .warning(at: reader.location(of: "base_url"), field: "base_url",
                        "base_url '\(written)' là địa chỉ của chính máy này, chỉ dùng để xem trước bằng bontot serve: "
                            + "\(files) sẽ dẫn về máy của người đọc; hãy ghi địa chỉ của cổng trên mạng nội bộ, "
                            + "ví dụ base_url: https://intranet.example/dang-bo/ (hoặc base_url: / nếu chưa có địa chỉ: "
                            + "khi đó không tạo \(files)) / base_url is this computer's own address: the feed and the "
                            + "sitemap would point at the reader's computer; write the portal's address, "
                            + "e.g. https://intranet.example/dang-bo/")
    }
}
