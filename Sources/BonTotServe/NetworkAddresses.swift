import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The IPv4 addresses of this computer on its networks (`192.168.1.23`), loopback left out:
/// those another computer of the office opens the preview at.
enum NetworkAddresses {
    /// The addresses of the networks that are up, in the order the system lists them, each once.
    static func ofThisComputer() -> [String] {
        var first: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&first) == 0 else { return [] }
        defer { freeifaddrs(first) }
        var addresses: [String] = []
        var next = first
        while let entry = next {
            defer { next = entry.pointee.ifa_next }
            let flags = Int32(entry.pointee.ifa_flags)
            guard flags & Int32(IFF_UP) != 0, flags & Int32(IFF_LOOPBACK) == 0,
                  let socket = entry.pointee.ifa_addr, socket.pointee.sa_family == sa_family_t(AF_INET)
            else { continue }
            var text = [CChar](repeating: 0, count: Int(INET_ADDRSTRLEN))
            var address = socket.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee.sin_addr }
            guard inet_ntop(AF_INET, &address, &text, socklen_t(text.count)) != nil else { continue }
            let dotted = String(cString: text)
            if !addresses.contains(dotted) { addresses.append(dotted) }
        }
        return addresses
    }
}
