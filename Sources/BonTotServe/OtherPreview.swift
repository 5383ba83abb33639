import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Another `bontot serve` found on the port asked for (one left running in another terminal
/// window, a shortcut clicked twice), and the site it previews: the clerk is then told to open it,
/// or to stop it, rather than that "another program" holds the port.
struct OtherPreview: Equatable {
    /// The path a running preview answers with the folder of the site it previews.
    static let sitePath = "/__bontot/trang"

    /// The folder of the site the other preview serves.
    let site: String
    /// The address it answered at (`http://127.0.0.1:8080/`).
    let address: String

    /// The preview answering on `port` of `address`, or nil when what listens there is no
    /// `bontot serve` or says nothing within a second. For every network, it is looked for at
    /// 127.0.0.1, then at each address of this computer (one serving `--bind 192.168.1.23`).
    static func on(_ port: Int, of address: ListenAddress) -> OtherPreview? {
        let hosts = address.isEveryNetwork ? [address.local] + NetworkAddresses.ofThisComputer() : [address.local]
        for host in hosts {
            guard let answer = ask(port: port, host: host) else { continue }
            let parts = answer.components(separatedBy: "\r\n\r\n")
            guard parts.count >= 2, parts[0].hasPrefix("HTTP/1.1 200"),
                  parts[0].lowercased().contains("\nserver: bontot") else { continue }
            let site = parts.dropFirst().joined(separator: "\r\n\r\n").trimmingCharacters(in: .whitespacesAndNewlines)
            if !site.isEmpty { return OtherPreview(site: site, address: "http://\(host):\(port)/") }
        }
        return nil
    }

    /// True when the other preview serves the site at `root`.
    func serves(_ root: URL) -> Bool {
        URL(fileURLWithPath: site).resolvingSymlinksInPath().path == Self.folder(root)
    }

    /// True when a request from `peer` comes from this computer (loopback, or one of its own
    /// network addresses, as a preview asking at `192.168.1.23` does): only then does a preview
    /// answer `sitePath` with the folder of its site.
    static func isThisComputer(_ peer: String?, addresses: [String] = NetworkAddresses.ofThisComputer()) -> Bool {
        guard let peer else { return false }
        let address = peer.hasPrefix("::ffff:") ? String(peer.dropFirst("::ffff:".count)) : peer
        return address.hasPrefix("127.") || address == "::1" || addresses.contains(address)
    }

    /// The folder of the site at `root`, as a preview answers it at `sitePath`.
    static func folder(_ root: URL) -> String {
        root.standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// How long the answer of what listens on the port is read at most: a program that is no
    /// preview may send a byte now and then (each within the second a read waits), which kept
    /// `bontot serve` waiting, saying nothing, until it had sent 64 KB.
    static let answerTime: Duration = .seconds(2)

    /// The raw answer to `GET sitePath` on `host:port`, read for at most `answerTime` (and the
    /// second of a read begun before it ends); nil when none came.
    private static func ask(port: Int, host: String) -> String? {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { return nil }
        defer { close(socket) }
        var timeout = timeval(tv_sec: 1, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(socket, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        guard var address = ListenAddress(host)?.socketAddress(port: port) else { return nil }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { return nil }
        let request = Array("GET \(sitePath) HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n".utf8)
        // Not SIGPIPE, which would end `bontot serve`, should the program have closed already.
        guard send(socket, request, request.count, Int32(MSG_NOSIGNAL)) == request.count else { return nil }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        let clock = ContinuousClock()
        let end = clock.now + answerTime
        while received.count < 65536, clock.now < end {
            let count = recv(socket, &buffer, buffer.count, 0)
            guard count > 0 else { break }
            received += buffer[0..<count]
        }
        return received.isEmpty ? nil : String(decoding: received, as: UTF8.self)
    }
}
