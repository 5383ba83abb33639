/// Why the preview could not start, in words for the user.
public enum PreviewError: Error, CustomStringConvertible {
    /// The port asked for is taken; `free` is a free port near it, when one was found.
    case portBusy(Int, free: Int?)
    case portInvalid(Int)
    case server(String)

    public var description: String {
        switch self {
        case .portBusy(let port, let free):
            let example = free.map { "cổng \($0) đang trống: bontot serve --port \($0)" }
                ?? "ví dụ: bontot serve --port \(Self.untried(after: port))"
            return "Cổng \(port) trên 127.0.0.1 đang được chương trình khác dùng; hãy dừng chương trình đó hoặc chọn cổng khác, "
                + example + " / port \(port) is already in use"
        case .portInvalid(let port):
            return "Cổng \(port) không hợp lệ: hãy chọn một số từ 1 đến 65535 / invalid port"
        case .server(let detail):
            return "Không chạy được máy chủ xem trước / the preview server failed: \(detail)"
        }
    }

    /// A port to name when the ports after a busy one were all busy too: the usual one
    /// (8080), unless it was among them; then the first one after them.
    private static func untried(after busy: Int) -> Int {
        let usual = PreviewOptions.defaultPort
        return (busy...(busy + PortCheck.portsTried)).contains(usual) ? busy + PortCheck.portsTried + 1 : usual
    }
}
