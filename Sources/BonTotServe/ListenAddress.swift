import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where `bontot serve` listens: this computer only (127.0.0.1, the default), every network of
/// it (`--bind 0.0.0.0`, for a colleague's computer on the office's network), or one of its
/// addresses (`--bind 192.168.1.23`). IPv4 only, as office networks are.
public struct ListenAddress: Equatable, Sendable {
    /// The address in dotted form, as the server binds it.
    public let host: String

    /// This computer only.
    public static let loopback = ListenAddress(checked: "127.0.0.1")
    /// Every network of this computer.
    public static let everyNetwork = ListenAddress(checked: "0.0.0.0")

    private init(checked host: String) {
        self.host = host
    }

    /// The address typed after `--bind`; `localhost` is 127.0.0.1. Nil when it is no IPv4
    /// address (`192.168.1`, a name).
    public init?(_ typed: String) {
        let text = typed.trimmingCharacters(in: .whitespaces)
        if text.lowercased() == "localhost" {
            self = .loopback
            return
        }
        var parsed = in_addr()
        guard inet_pton(AF_INET, text, &parsed) == 1 else { return nil }
        self.init(checked: text)
    }

    /// True when only this computer can reach the server (127.x.x.x).
    public var isLoopback: Bool { host.hasPrefix("127.") }

    /// True for 0.0.0.0: every network of this computer.
    public var isEveryNetwork: Bool { self == .everyNetwork }

    /// The address to open on this computer itself: 127.0.0.1 when the server listens on every
    /// network, the address listened on otherwise.
    public var local: String { isEveryNetwork ? ListenAddress.loopback.host : host }

    /// The addresses another computer of the office's network opens the preview at: those of
    /// this computer's networks when the server listens on every network (`NetworkAddresses`),
    /// the one listened on otherwise, none when it listens on this computer only.
    public var fromOtherComputers: [String] {
        if isLoopback { return [] }
        return isEveryNetwork ? NetworkAddresses.ofThisComputer() : [host]
    }

    /// The socket address of `port` at this address.
    func socketAddress(port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr(host)
        return address
    }
}
