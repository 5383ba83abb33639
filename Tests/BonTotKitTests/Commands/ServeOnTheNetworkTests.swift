@testable import BonTotServe
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import XCTest

/// `bontot serve` where a colleague on the office's network is to see the preview: with
/// `--bind 0.0.0.0` it answers at this computer's network addresses and says which to open;
/// an address that is not this computer's, or a mistyped one, is refused in words; a port below
/// 1024, which only the administrator may open, is said to be so, not to be "in use".
final class ServeOnTheNetworkTests: ServeTestCase {
    func testEveryNetworkServesOtherComputersAndSaysTheAddressesToOpen() throws {
        let root = try copy("portal")
        let port = try ServeCommandTests.freePort()
        let log = folder.appending(path: "serve.log")
        server = try ServeCommandTests.start(["serve", "--site", root.path, "--port", "\(port)", "--bind", "0.0.0.0"], log: log)
        let text = ServeCommandTests.read(log) { $0.contains("Máy khác trong mạng nội bộ mở") || $0.contains("Máy này chưa nối") }
        XCTAssertTrue(text.contains("Xem trước tại http://127.0.0.1:\(port)/"), text)
        XCTAssertNotNil(ServeCommandTests.fetch("http://127.0.0.1:\(port)/"), "this computer opens it as before")
        let addresses = NetworkAddresses.ofThisComputer()
        guard !addresses.isEmpty else {
            XCTAssertTrue(text.contains("Máy này chưa nối vào mạng nào"), text)
            return
        }
        for address in addresses {
            XCTAssertTrue(text.contains("Máy khác trong mạng nội bộ mở: ") && text.contains("http://\(address):\(port)/"), text)
            let home = ServeCommandTests.fetch("http://\(address):\(port)/")
            XCTAssertTrue(home?.contains("<html") == true, "http://\(address):\(port)/ does not answer:\n\(text)")
        }
        XCTAssertTrue(text.contains("tường lửa"), "it says what to do when the colleague cannot open it: \(text)")
    }

    func testWithoutBindOtherComputersCannotOpenIt() throws {
        let (base, log) = try serve(try copy("portal"))
        XCTAssertNotNil(ServeCommandTests.wait(for: base) { $0.contains("<html") }, ServeCommandTests.read(log))
        let port = try XCTUnwrap(URL(string: base)?.port)
        for address in NetworkAddresses.ofThisComputer() {
            XCTAssertNil(ServeCommandTests.answer("http://\(address):\(port)/"), "the preview answers at \(address)")
        }
        XCTAssertFalse(ServeCommandTests.read(log).contains("Máy khác trong mạng"))
    }

    /// A preview of the site left running on one address of this computer (`--bind
    /// 192.168.1.23`) is found by a second one asked for every network: the clerk is told where
    /// to open it.
    func testAPreviewOnOneNetworkIsFoundByOneForEveryNetwork() throws {
        guard let network = NetworkAddresses.ofThisComputer().first else { throw XCTSkip("this computer has no network") }
        let root = try copy("portal")
        let port = try ServeCommandTests.freePort()
        let log = folder.appending(path: "serve.log")
        server = try ServeCommandTests.start(["serve", "--site", root.path, "--port", "\(port)", "--bind", network], log: log)
        XCTAssertNotNil(ServeCommandTests.wait(for: "http://\(network):\(port)/") { $0.contains("<html") }, ServeCommandTests.read(log))
        let second = try BontotProcess.run(["serve", "--site", root.path, "--port", "\(port)", "--bind", "0.0.0.0"])
        XCTAssertEqual(second.status, 1, second.errors)
        XCTAssertTrue(second.errors.contains("Trang này đã đang được xem trước tại http://\(network):\(port)/"), second.errors)
    }

    func testAnAddressOfAnotherComputerIsRefusedNamingHowToServeTheNetwork() throws {
        let result = try BontotProcess.run(["serve", "--site", try copy("portal").path, "--port", "\(try ServeCommandTests.freePort())",
                                            "--bind", "203.0.113.7"])
        XCTAssertEqual(result.status, 1, result.errors)
        XCTAssertTrue(result.errors.contains("203.0.113.7 không phải địa chỉ của máy này"), result.errors)
        XCTAssertTrue(result.errors.contains("bontot serve --bind 0.0.0.0"), result.errors)
        for address in NetworkAddresses.ofThisComputer() {
            XCTAssertTrue(result.errors.contains(address), "this computer's own address is named: \(result.errors)")
        }
    }

    func testAMistypedAddressIsAUsageError() throws {
        let result = try BontotProcess.run(["serve", "--site", try copy("portal").path, "--bind", "192.168.1"])
        XCTAssertEqual(result.status, 64, result.errors)
        XCTAssertTrue(result.errors.contains("lỗi: --bind cần một địa chỉ IPv4"), result.errors)
        XCTAssertTrue(result.errors.contains("Cách dùng: bontot serve"), result.errors)
    }

    /// Run as a user who is not the administrator (as root, the test runs the command as
    /// `nobody`): the port below those users may open is refused as such, with a port to use.
    func testAPortOnlyTheAdministratorMayOpenIsSaidToBeSo() throws {
        let first = (try? String(contentsOfFile: "/proc/sys/net/ipv4/ip_unprivileged_port_start", encoding: .utf8))
            .flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? 1024
        guard first > 1 else { throw XCTSkip("every port may be opened by any user on this computer") }
        let port = first - 1
        var arguments = ["serve", "--site", try copy("portal").path, "--port", "\(port)"]
        let process = Process()
        if geteuid() == 0 {
            guard FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser") else {
                return XCTFail("/usr/sbin/runuser is missing, which runs bontot as nobody: install util-linux (make test-deps)")
            }
            process.executableURL = URL(fileURLWithPath: "/usr/sbin/runuser")
            // A copy of the binary that user may run: the build folder may lie in a folder only
            // its owner enters (a clone made in `mktemp -d`), which `nobody` cannot pass.
            let runnable = folder.appending(path: "bontot")
            try FileManager.default.copyItem(at: try BontotProcess.executable(), to: runnable)
            for path in [folder.path, runnable.path] {
                try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
            }
            arguments = ["-u", "nobody", "--", runnable.path] + arguments
        } else {
            process.executableURL = try BontotProcess.executable()
        }
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 1, said)
        XCTAssertTrue(said.contains("Cổng \(port) nhỏ hơn 1024 nên chỉ người quản trị máy (root) mới mở được"), said)
        XCTAssertFalse(said.contains("đang được chương trình khác dùng"), said)
        XCTAssertTrue(said.contains("bontot serve --port "), "a port to use is named: \(said)")
    }
}

