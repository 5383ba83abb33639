import Foundation
import XCTest
@testable import BonTotKit

/// What bontot keeps of LibreOffice's work (converted `.xls` copies, decoded scores) is kept under
/// LibreOffice's identity; an upgrade must change it, so a build converts afresh.
final class LibreOfficeIdentityTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appending(path: "bontot-identity-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appending(path: "program"), withIntermediateDirectories: true)
        try "#!/bin/sh\n".write(to: program, atomically: false, encoding: .utf8)
        try "[Version]\nbuildid=7.4.7.2\n".write(to: versionFile, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: folder.appending(path: "soffice"), withDestinationURL: program)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private var program: URL { folder.appending(path: "program/soffice") }
    private var versionFile: URL { folder.appending(path: "program/versionrc") }
    private var onPath: LibreOfficeConverter { LibreOfficeConverter(executable: folder.appending(path: "soffice")) }

    /// An upgrade that leaves the `soffice` launcher as it was still rewrites `versionrc` beside it.
    func testAnUpgradeThatLeavesTheLauncherAloneIsANewLibreOffice() throws {
        let before = onPath.identity
        let stamp = try FileManager.default.attributesOfItem(atPath: program.path)[.modificationDate]
        try "[Version]\nbuildid=24.2.0.3\n".write(to: versionFile, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 3600)], ofItemAtPath: versionFile.path)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: program.path)[.modificationDate] as? Date, stamp as? Date)
        XCTAssertNotEqual(onPath.identity, before, "versionrc rewritten: another LibreOffice")
    }

    /// The same installation, asked twice, is the same LibreOffice: nothing is converted again.
    func testTheSameInstallationKeepsItsIdentity() {
        XCTAssertEqual(onPath.identity, onPath.identity)
        XCTAssertEqual(onPath.identity, LibreOfficeConverter(executable: program).identity, "a link followed to the program")
    }

    /// The launcher replaced by the upgrade is noticed as before.
    func testAnUpgradedLauncherIsANewLibreOffice() throws {
        let before = onPath.identity
        try "#!/bin/sh\n# 24.2\n".write(to: program, atomically: false, encoding: .utf8)
        XCTAssertNotEqual(onPath.identity, before)
    }
}
