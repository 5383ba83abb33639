/// Why the preview could not start, in words for the user.
public enum PreviewError: Error, CustomStringConvertible {
    case portBusy(Int)
    case portInvalid(Int)
    case server(String)

    public var description: String {
        switch self {
        case .portBusy(let port):
            return "Cổng \(port) trên 127.0.0.1 đang được chương trình khác dùng; hãy dừng chương trình đó hoặc chọn cổng khác, "
                + "ví dụ: bontot serve --port \(port == 8080 ? 8081 : 8080) / port \(port) is already in use"
        case .portInvalid(let port):
            return "Cổng \(port) không hợp lệ: hãy chọn một số từ 1 đến 65535 / invalid port"
        case .server(let detail):
            return "Không chạy được máy chủ xem trước / the preview server failed: \(detail)"
        }
    }
}
