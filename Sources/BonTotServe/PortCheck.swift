import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Tells, before the server starts, whether a port of 127.0.0.1 is free, so a busy port is one
/// clear sentence instead of a network library's error, and which port near it to try instead.
enum PortCheck {
    /// How many ports after a busy one are tried for the one to suggest.
    static let portsTried = 20

    /// True when nothing listens on `port` of 127.0.0.1 (binding it works).
    static func isFree(_ port: Int) -> Bool {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { return true }
        defer { close(socket) }
        var yes: Int32 = 1
        setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        return bound == 0
    }

    /// The first free port of the `portsTried` after `busy` (8081 when 8080 is busy), or nil
    /// when each of them is busy too.
    static func freePort(after busy: Int) -> Int? {
        let last = min(busy + portsTried, 65535)
        guard busy < last else { return nil }
        return ((busy + 1)...last).first(where: isFree)
    }
}
