@testable import BonTotKit
import Foundation
import XCTest

/// LibreOffice failing through the machine while it converts a unit's .xls, saying nothing on
/// its error output — killed by the system (the kernel's out-of-memory killer, a crash), or
/// ending with a status of its own (81, asking to be started again once it has made its
/// profile) — is not the workbook's fault: no damage note is kept, the message does not call the
/// workbook damaged, and the next build converts the unchanged workbook.
final class UnitXLSKilledLibreOfficeTests: XCTestCase {
    private let xls = "content/unit-evaluations/2024.xls"

    func testAUnitXLSWhoseLibreOfficeWasKilledIsTriedAgain() throws {
        let failed = try firstBuild(failingFirstAs: .killed)
        XCTAssertTrue(failed.problems.contains("killed by signal 9"), failed.problems)
    }

    func testAUnitXLSWhoseLibreOfficeEndedSilentlyWithAnotherStatusIsTriedAgain() throws {
        _ = try firstBuild(failingFirstAs: .silent(status: 81))
    }

    /// Builds the district with its unit .xls twice, LibreOffice failing at its first start as
    /// `failure` says (`assertTriedAgainAfterAMachineFailure`); returns the first build.
    private func firstBuild(failingFirstAs failure: FirstStartFailure) throws -> BuildReport {
        let libreOffice = try XCTUnwrap(LibreOfficeConverter.find(), "make test installs libreoffice-calc-nogui")
        let site = try DistrictFixture.prepare(for: self, changes: ["content/unit-evaluations/2024.yaml": nil])
        try site.write(xls, try OfficeFixtures.data("legacy-office/unit-scores-2024.xls"))
        let starts = try countingLibreOffice(libreOffice.executable, in: site.sibling("bin"), failingFirstAs: failure)
        return try assertTriedAgainAfterAMachineFailure(site, starts: starts)
    }
}
