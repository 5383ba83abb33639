@testable import BonTotKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import XCTest

/// A clerk who owns a web root shared by a group (`chgrp www-data`, `chmod g+s`) but is no
/// member of that group: the system lets the clerk give no folder that group and clears the
/// set-group-ID bit at the clerk's `chmod`, so the pages take the clerk's group. bontot tried to
/// mend every folder, failed, and dropped the spare at every build, found never whole: every
/// build was as slow as the first, and nothing said why. The group is now left alone, the spare
/// kept, and the build says once what the clerk should ask for.
final class SharedGroupNonMemberTests: XCTestCase {
    /// `nobody`, who is no member of `webGroup`.
    private static let clerk: uid_t = 65534
    private static let clerkGroup: gid_t = 65534
    /// `staff` on Debian; any group `nobody` is no member of would do.
    private static let webGroup: gid_t = 50
    /// Runs the build as `clerk` (util-linux, in `make test-deps`).
    private static let setpriv = "/usr/bin/setpriv"

    func testAClerkOutsideTheWebRootsGroupKeepsTheSpareAndIsToldOnce() throws {
        guard geteuid() == 0 else { throw XCTSkip("needs the administrator, to build as another user") }
        guard FileManager.default.isExecutableFile(atPath: Self.setpriv) else {
            return XCTFail("\(Self.setpriv) is missing, which builds as another user: install util-linux (make test-deps)")
        }
        let site = try IncrementalSite.make(for: self)
        let root = site.sibling("www")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for entry in [""] + (try XCTUnwrap(FileManager.default.subpaths(atPath: site.folder.path))) {
            XCTAssertEqual(lchown(site.folder.appending(path: entry).path, Self.clerk, Self.clerkGroup), 0, entry)
        }
        XCTAssertEqual(chown(root.path, Self.clerk, Self.webGroup), 0)
        XCTAssertEqual(chmod(root.path, 0o2775), 0)
        let output = root.appending(path: "dang-bo")

        var outputFolders: [ino_t] = []
        for round in 0..<3 {
            let run = try BontotProcess.run(["build", "--site", site.root.path, "--output", output.path],
                                            environment: ["HOME": site.folder.path],
                                            launcher: [Self.setpriv, "--reuid=\(Self.clerk)", "--regid=\(Self.clerkGroup)", "--clear-groups"])
            XCTAssertEqual(run.status, 0, "round \(round): \(run.errors)")
            let told = run.errors.components(separatedBy: "\n").filter { $0.contains("không thuộc") }
            XCTAssertEqual(told.count, 1, "round \(round): \(run.errors)")
            XCTAssertTrue(told.first?.contains("hãy nhờ người quản trị máy thêm 'nobody' vào nhóm") == true, run.errors)
            var info = stat()
            XCTAssertEqual(stat(output.path, &info), 0)
            outputFolders.append(info.st_ino)
            if round > 0 {
                XCTAssertTrue(FileWriting.isFolder(StagingFolder.spare(of: output).path), "round \(round): the spare is kept")
            }
        }
        XCTAssertEqual(outputFolders[2], outputFolders[0],
                       "the second unchanged build made the site in the spare, the first build's output, not anew")

        // Added to the group, the clerk is told why pages lack it (not an old version of bontot)
        // until a clean build gives it to them all.
        for (round, arguments) in [(3, [String]()), (4, ["--clean"]), (5, [])] {
            let run = try BontotProcess.run(["build", "--site", site.root.path, "--output", output.path] + arguments,
                                            environment: ["HOME": site.folder.path],
                                            launcher: [Self.setpriv, "--reuid=\(Self.clerk)", "--regid=\(Self.clerkGroup)", "--groups=\(Self.webGroup)"])
            XCTAssertEqual(run.status, 0, "round \(round): \(run.errors)")
            XCTAssertFalse(run.errors.contains("không thuộc"), "round \(round): \(run.errors)")
            XCTAssertEqual(run.errors.contains("hoặc khi người dựng chưa thuộc nhóm đó"), round == 3, "round \(round): \(run.errors)")
        }
    }
}
