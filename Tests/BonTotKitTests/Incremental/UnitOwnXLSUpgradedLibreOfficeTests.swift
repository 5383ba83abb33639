@testable import BonTotKit
import Foundation
import XCTest

/// A unit of a district whose own score sheet is an .xls is converted afresh by an upgraded
/// LibreOffice, as the unit built alone is: the district does not take it unchanged from what
/// the former LibreOffice made of it (`UnitSnapshot`).
final class UnitOwnXLSUpgradedLibreOfficeTests: XCTestCase {
    func testAnUpgradedLibreOfficeConvertsAUnitsOwnXLSAgain() throws {
        let libreOffice = try XCTUnwrap(LibreOfficeConverter.find(), "make test installs libreoffice-calc-nogui")
        let site = try DistrictFixture.prepare(for: self, changes: ["xa-a/content/evaluations/2024.yaml": nil])
        try site.write("xa-a/content/evaluations/2024.xls", try oldWorkbook(
            "branch,chinh-tri,sinh-hoat,doan-ket,dang-vien\nap-1,27,27,18,18\nap-2,25,25,17,17\n",
            libreOffice: libreOffice, in: site.sibling("made")))
        let starts = try countingLibreOffice(libreOffice.executable, in: site.sibling("bin"))
        Thread.sleep(forTimeInterval: Double(BonTotKit.FileStamp.settling) + 1.2)

        for _ in 0..<2 {
            let built = site.build()
            XCTAssertTrue(built.succeeded, built.problems)
        }
        let converted = try starts()
        let unchanged = site.build()
        XCTAssertTrue(unchanged.succeeded, unchanged.problems)
        XCTAssertEqual(try starts(), converted, "the unchanged unit is not converted again")

        try upgradeCountingLibreOffice(in: site.sibling("bin"))
        let upgraded = site.build()
        XCTAssertTrue(upgraded.succeeded, upgraded.problems)
        XCTAssertEqual(try starts(), converted + 1, "the upgraded LibreOffice converts the unit's .xls afresh")
    }

    /// The Excel 97–2003 workbook LibreOffice makes of `csv` in `folder`.
    private func oldWorkbook(_ csv: String, libreOffice: LibreOfficeConverter, in folder: URL) throws -> Data {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        try csv.write(to: folder.appending(path: "2024.csv"), atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = libreOffice.executable
        process.arguments = ["-env:UserInstallation=" + folder.appending(path: "profile", directoryHint: .isDirectory).absoluteString,
                             "--headless", "--infilter=Text - txt - csv (StarCalc):44,34,76", "--convert-to", "xls:MS Excel 97",
                             "--outdir", folder.path, folder.appending(path: "2024.csv").path]
        process.environment = ["HOME": folder.path, "PATH": ProcessInfo.processInfo.environment["PATH"] ?? ""]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return try Data(contentsOf: folder.appending(path: "2024.xls"))
    }
}
