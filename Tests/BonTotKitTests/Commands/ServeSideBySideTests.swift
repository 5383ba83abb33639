import BonTotKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import XCTest

/// `bontot serve` beside another serve or a build of the same site, as a clerk with two terminal
/// windows open meets them: a second preview is sent to the first instead of both rebuilding
/// output/; a build while the site is previewed waits its turn saying for what, and the preview
/// goes on; a preview killed (SIGKILL, a power cut) leaves nothing that stops the next serve or
/// build, nor anything of bontot's inside output/.
final class ServeSideBySideTests: ServeTestCase {
    /// A second `bontot serve` of the site on another, free port: refused, naming the first's address.
    func testASecondPreviewOnAnotherPortIsSentToTheFirst() throws {
        let root = try copy("portal")
        let (base, log) = try serve(root)
        XCTAssertNotNil(ServeCommandTests.wait(for: base) { $0.contains("<html") }, ServeCommandTests.read(log))
        let port = try ServeCommandTests.freePort()
        let secondLog = folder.appending(path: "second.log")
        let second = try ServeCommandTests.start(["serve", "--site", root.path, "--port", "\(port)"], log: secondLog)
        guard ServeCommandTests.waitForExit(of: second) else {
            second.terminate()
            second.waitUntilExit()
            return XCTFail("a second preview of the site ran beside the first:\n\(ServeCommandTests.read(secondLog))")
        }
        XCTAssertEqual(second.terminationStatus, 1)
        XCTAssertTrue(ServeCommandTests.read(secondLog).contains("Trang này đã đang được xem trước tại \(base) bởi một bontot serve khác"),
                      ServeCommandTests.read(secondLog))
        XCTAssertNotNil(ServeCommandTests.fetch(base), "the first preview still serves")
    }

    /// A build while the preview rebuilds (its lock held here) says it waits for the preview, at
    /// its address, then publishes; the preview still serves, and rebuilds at the next save.
    func testABuildWhileTheSiteIsPreviewedWaitsSayingSoAndThePreviewGoesOn() throws {
        let (root, base, log) = try servedPortal()
        let buildLog = folder.appending(path: "build.log")
        let (build, told) = try holdingTheBuildLock(of: root) {
            let build = try ServeCommandTests.start(["build", "--site", root.path], log: buildLog)
            return (build, ServeCommandTests.read(buildLog) { $0.contains("Đang chờ") })
        }
        XCTAssertTrue(told.contains("Đang chờ bontot serve (đang xem trước trang này tại \(base)) dựng xong rồi mới ghi vào"), told)
        XCTAssertTrue(ServeCommandTests.waitForExit(of: build), ServeCommandTests.read(buildLog))
        XCTAssertEqual(build.terminationStatus, 0, ServeCommandTests.read(buildLog))

        XCTAssertNotNil(ServeCommandTests.fetch(base), "the preview still serves after the build")
        let page = base + Router().path(.minutes("ap-bac-2024-09"))
        try editMinutes(of: root)
        XCTAssertNotNil(ServeCommandTests.wait(for: page) { $0.contains("việc nạo vét kênh") },
                        "the preview did not rebuild after the build:\n\(ServeCommandTests.read(log))")
    }

    /// A save while a build writes the output (its lock held here): the preview says it waits
    /// for that build, then shows the save.
    func testAPreviewWaitingForABuildSaysSo() throws {
        let (root, base, log) = try servedPortal()
        let told = try holdingTheBuildLock(of: root) {
            try editMinutes(of: root)
            return ServeCommandTests.read(log) { $0.contains("Đang chờ") }
        }
        XCTAssertTrue(told.contains("Đang chờ một lần dựng khác đang ghi vào \(root.appending(path: "output").path) (bontot build"), told)
        XCTAssertNotNil(ServeCommandTests.wait(for: base + Router().path(.minutes("ap-bac-2024-09"))) { $0.contains("việc nạo vét kênh") },
                        "the save was never shown:\n\(ServeCommandTests.read(log))")
    }

    /// A preview killed while it rebuilds: the next build publishes what a clean build does, with
    /// nothing of bontot's inside output/ and nothing but the spare beside it; a new preview starts.
    func testAPreviewKilledWhileItRebuildsLeavesNothingInTheWay() throws {
        let root = try servedPortal().root
        let server = try XCTUnwrap(server)
        try editMinutes(of: root)
        // Killed once the rebuild has begun writing (its staging folder changing), or after a while.
        let spare = root.appending(path: ".output.bontot-spare")
        let before = (try? FileManager.default.attributesOfItem(atPath: spare.path)[.modificationDate]) as? Date
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline, (try? FileManager.default.attributesOfItem(atPath: spare.path)[.modificationDate]) as? Date == before {
            usleep(2_000)
        }
        kill(server.processIdentifier, SIGKILL)
        server.waitUntilExit()

        let build = try BontotProcess.run(["build", "--site", root.path])
        XCTAssertEqual(build.status, 0, build.output + build.errors)
        let incremental = OutputTree(root.appending(path: "output"))
        XCTAssertEqual(try BontotProcess.run(["build", "--site", root.path, "--clean"]).status, 0)
        XCTAssertEqual(incremental, OutputTree(root.appending(path: "output")), "the build after the kill is not what a clean build makes")
        let inside = (Array(incremental.files.keys) + incremental.folders).filter { $0.contains("output.bontot-") }
        XCTAssertEqual(inside, [], "a folder of bontot's beside output/ came inside it")
        let beside = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.contains("output.bontot-") }
        XCTAssertEqual(beside, [".output.bontot-spare"], "the build left more than the spare beside output/")

        let (again, secondLog) = try serve(root)
        XCTAssertNotNil(ServeCommandTests.wait(for: again) { $0.contains("<html") }, "no preview after the killed one:\n"
                        + ServeCommandTests.read(secondLog))
    }

    /// A preview killed outright leaves its mark, which is no preview: the next one starts.
    func testAPreviewKilledOutrightDoesNotStopTheNext() throws {
        let root = try copy("portal")
        let (base, log) = try serve(root)
        XCTAssertNotNil(ServeCommandTests.wait(for: base) { $0.contains("<html") }, ServeCommandTests.read(log))
        let server = try XCTUnwrap(server)
        kill(server.processIdentifier, SIGKILL)
        server.waitUntilExit()
        let (again, secondLog) = try serve(root)
        XCTAssertNotNil(ServeCommandTests.wait(for: again) { $0.contains("<html") }, "the killed preview's mark stopped the next:\n"
                        + ServeCommandTests.read(secondLog))
        let next = try XCTUnwrap(self.server)
        next.interrupt()
        next.waitUntilExit()
        let beside = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.contains("output.bontot-") }
        XCTAssertTrue(beside.allSatisfy { $0 == ".output.bontot-spare" }, "a preview stopped with Ctrl-C left its mark: \(beside)")
    }

    // MARK: Helpers

    /// The portal served, its first build done: its folder, the preview's address and log.
    private func servedPortal() throws -> (root: URL, base: String, log: URL) {
        let root = try copy("portal")
        let (base, log) = try serve(root)
        XCTAssertNotNil(ServeCommandTests.wait(for: base) { $0.contains("<html") }, ServeCommandTests.read(log))
        XCTAssertNotNil(ServeCommandTests.read(log) { $0.contains("Đã dựng") }, ServeCommandTests.read(log))
        return (root, base, log)
    }

    /// Runs `body` while this test holds the lock a build of `root`'s output takes, as a build
    /// running in another window does.
    private func holdingTheBuildLock<T>(of root: URL, _ body: () throws -> T) throws -> T {
        let lock = open(root.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { close(lock) }
        XCTAssertEqual(flock(lock, LOCK_EX), 0, "the build lock could not be taken")
        defer { flock(lock, LOCK_UN) }
        return try body()
    }

    /// Saves the served minutes with "việc nạo vét kênh" in them.
    private func editMinutes(of root: URL) throws {
        try ServeCommandTests.replace("Đồng chí Bí thư báo cáo tình hình tháng 8.", with: "Đồng chí Bí thư báo cáo việc nạo vét kênh.",
                                      in: root.appending(path: "content/minutes/2024/ap-bac-2024-09.md"))
    }
}
