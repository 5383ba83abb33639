import Foundation

/// Why the preview could not start, in words for the user.
public enum PreviewError: Error, CustomStringConvertible {
    /// The port asked for is taken on the address listened on; `free` is a free port near it,
    /// when one was found.
    case portBusy(Int, free: Int?, on: ListenAddress = .loopback)
    /// The port asked for is taken by another `bontot serve`, answering at `at`: of this site
    /// (`site` nil) or of the site at `site`.
    case previewRunning(Int, at: String, site: String?, free: Int?, on: ListenAddress)
    /// The port asked for is below 1024, which only the administrator may open; `free` is a
    /// free port from the usual one on.
    case portReserved(Int, free: Int?, on: ListenAddress)
    /// The address asked for (`--bind`) is none of this computer's; `addresses` are its own.
    case notThisComputer(ListenAddress, addresses: [String])
    case portInvalid(Int)
    /// The site's `output` is a link to no folder (`PreviewMark.Claim.refused`): why, and what
    /// to do, in the office's words.
    case output(String)
    case server(String)

    /// Another `bontot serve` previews this site's output at `address` (on any port); nothing
    /// said of ports when its address is not known yet.
    static func previewRunning(at address: String, listen: ListenAddress) -> PreviewError {
        let port = URL(string: address)?.port
        return .previewRunning(port ?? 0, at: port == nil ? "" : address, site: nil, free: nil, on: listen)
    }

    public var description: String {
        switch self {
        case .portBusy(let port, let free, let address):
            let example = free.map { "cổng \($0) đang trống: \(Self.command(port: $0, on: address))" }
                ?? "ví dụ: \(Self.command(port: Self.untried(after: port), on: address))"
            return "Cổng \(port) trên \(address.host) đang được chương trình khác dùng; hãy dừng chương trình đó hoặc chọn cổng khác, "
                + example + " / port \(port) is already in use"
        case .previewRunning(_, "", nil, _, _):
            return "Trang này đã đang được xem trước bởi một bontot serve khác (có thể trong một cửa sổ lệnh khác); "
                + "muốn chạy lại thì dừng nó trước bằng Ctrl-C trong cửa sổ đó / this site is already previewed"
        case .previewRunning(let port, let at, nil, _, _):
            return "Trang này đã đang được xem trước tại \(at) bởi một bontot serve khác "
                + "(có thể trong một cửa sổ lệnh khác): hãy mở địa chỉ đó; muốn chạy lại thì dừng nó trước bằng Ctrl-C "
                + "trong cửa sổ đó / this site is already previewed on port \(port)"
        case .previewRunning(let port, _, let site?, let free, let address):
            let example = free.map { "cổng \($0) đang trống: \(Self.command(port: $0, on: address))" }
                ?? "ví dụ: \(Self.command(port: Self.untried(after: port), on: address))"
            return "Cổng \(port) trên \(address.host) đang được một bontot serve khác dùng để xem trước trang ở \(site); "
                + "hãy dừng nó (Ctrl-C trong cửa sổ lệnh đó) hoặc chọn cổng khác, " + example
                + " / port \(port) is used by another bontot serve"
        case .portReserved(let port, let free, let address):
            return "Cổng \(port) nhỏ hơn 1024 nên chỉ người quản trị máy (root) mới mở được; hãy chọn cổng từ 1024 trở lên, ví dụ: "
                + Self.command(port: free ?? PreviewOptions.defaultPort, on: address) + " / ports below 1024 need administrator rights"
        case .notThisComputer(let address, let addresses):
            let own = addresses.isEmpty ? "" : "; địa chỉ của máy này trong mạng: " + addresses.joined(separator: ", ")
            return "\(address.host) không phải địa chỉ của máy này nên không mở được máy chủ xem trước ở đó\(own). "
                + "Để máy khác trong mạng nội bộ xem được, hãy dùng: bontot serve --bind \(ListenAddress.everyNetwork.host)"
                + " / \(address.host) is not an address of this computer"
        case .portInvalid(let port):
            return "Cổng \(port) không hợp lệ: hãy chọn một số từ 1 đến 65535 / invalid port"
        case .output(let reason):
            return "Không xem trước được (sửa xong thì chạy lại bontot serve): \(reason)"
        case .server(let detail):
            return "Không chạy được máy chủ xem trước / the preview server failed: \(detail)"
        }
    }

    /// The command that serves on `port` of `address`: `--bind` is named unless it is the
    /// default.
    private static func command(port: Int, on address: ListenAddress) -> String {
        let bind = address == .loopback ? "" : " --bind \(address.host)"
        return "bontot serve\(bind) --port \(port)"
    }

    /// A port to name when the ports after a busy one were all busy too: the usual one
    /// (8080), unless it was among them; then the first one after them.
    private static func untried(after busy: Int) -> Int {
        let usual = PreviewOptions.defaultPort
        return (busy...(busy + PortCheck.portsTried)).contains(usual) ? busy + PortCheck.portsTried + 1 : usual
    }
}
