@testable import BonTotKit
import Foundation
import XCTest

/// LibreOffice killed by the system while it converts a unit's .xls (the kernel's out-of-memory
/// killer, a crash), saying nothing on its error output, is the machine's failure, not the
/// workbook's: no damage note is kept, and the next build converts the unchanged workbook.
final class UnitXLSKilledLibreOfficeTests: XCTestCase {
    private let xls = "content/unit-evaluations/2024.xls"

    func testAUnitXLSWhoseLibreOfficeWasKilledIsTriedAgain() throws {
        let libreOffice = try XCTUnwrap(LibreOfficeConverter.find(), "make test installs libreoffice-calc-nogui")
        let site = try DistrictFixture.prepare(for: self, changes: ["content/unit-evaluations/2024.yaml": nil])
        try site.write(xls, try OfficeFixtures.data("legacy-office/unit-scores-2024.xls"))
        let bin = site.sibling("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let log = bin.appending(path: "starts.log")
        // Killed at its first start, as the out-of-memory killer kills it: nothing on its error output.
        let script = "#!/bin/sh\n[ -s '\(log.path)' ] || { echo started >> '\(log.path)'; kill -9 $$; }\n"
            + "echo started >> '\(log.path)'\nexec '\(libreOffice.executable.path)' \"$@\"\n"
        try script.write(to: bin.appending(path: "soffice"), atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: bin.appending(path: "soffice").path)
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        setenv("PATH", "\(bin.path):\(path)", 1)
        addTeardownBlock { setenv("PATH", path, 1) }
        func starts() -> Int { ((try? String(contentsOf: log, encoding: .utf8)) ?? "").split(separator: "\n").count }

        let killed = site.build()
        XCTAssertFalse(killed.succeeded)
        XCTAssertEqual(starts(), 1)
        XCTAssertFalse(killed.problems.contains("tệp hỏng"), "the workbook is not damaged: \(killed.problems)")
        XCTAssertTrue(killed.problems.contains("killed by signal 9"), killed.problems)
        XCTAssertEqual(((try? site.files(in: ".bontot-cache/converted")) ?? []).filter { $0.hasSuffix(".damaged") }, [],
                       "no damage note for a LibreOffice the system killed")

        let next = site.build()
        XCTAssertTrue(next.succeeded, "the unchanged .xls is converted again:\n\(next.problems)")
        XCTAssertEqual(starts(), 2, "LibreOffice is started again")
    }
}
