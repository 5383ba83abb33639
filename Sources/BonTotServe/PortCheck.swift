import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Tells, before the server starts, whether it can listen on a port of its address, so a busy
/// port is one clear sentence instead of a network library's error, and which port near it to
/// try instead.
enum PortCheck {
    /// How many ports after a busy one are tried for the one to suggest.
    static let portsTried = 20

    /// Whether the server can listen on a port, and if not, why.
    enum Availability: Equatable {
        case free
        /// Another program listens on it.
        case busy
        /// Below 1024, which only the administrator may open.
        case reserved
        /// The address is none of this computer's.
        case notThisComputer
    }

    /// Whether the server can listen on `port` of `address`: binding it works, or why not.
    static func availability(_ port: Int, on address: ListenAddress = .loopback) -> Availability {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { return .free }
        defer { close(socket) }
        var yes: Int32 = 1
        setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var socketAddress = address.socketAddress(port: port)
        let bound = withUnsafePointer(to: &socketAddress) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound != 0 else { return .free }
        switch errno {
        case EACCES: return .reserved
        case EADDRNOTAVAIL: return .notThisComputer
        default: return .busy
        }
    }

    /// True when the server can listen on `port` of `address`.
    static func isFree(_ port: Int, on address: ListenAddress = .loopback) -> Bool {
        availability(port, on: address) == .free
    }

    /// The first free port of the `portsTried` after `busy` (8081 when 8080 is busy), or nil
    /// when each of them is busy too.
    static func freePort(after busy: Int, on address: ListenAddress = .loopback) -> Int? {
        let last = min(busy + portsTried, 65535)
        guard busy < last else { return nil }
        return ((busy + 1)...last).first { isFree($0, on: address) }
    }

    /// Why the server of the site at `root` cannot listen on `port` of `address`, in words for
    /// the user; nil when it can.
    static func problem(_ port: Int, on address: ListenAddress, site root: URL) -> PreviewError? {
        switch availability(port, on: address) {
        case .free:
            return nil
        case .busy:
            let free = freePort(after: port, on: address)
            guard let other = OtherPreview.on(port, of: address) else { return .portBusy(port, free: free, on: address) }
            return .previewRunning(port, at: other.address, site: other.serves(root) ? nil : other.site, free: free, on: address)
        case .reserved:
            let usual = PreviewOptions.defaultPort
            return .portReserved(port, free: isFree(usual, on: address) ? usual : freePort(after: usual, on: address), on: address)
        case .notThisComputer:
            return .notThisComputer(address, addresses: NetworkAddresses.ofThisComputer())
        }
    }
}
