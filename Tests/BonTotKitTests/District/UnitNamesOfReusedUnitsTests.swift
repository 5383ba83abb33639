@testable import BonTotKit
import Foundation
import XCTest

/// A district's unit scores naming its communes by their names ("Đảng bộ xã Bình Minh", "Xã Ấp
/// Bắc"), rebuilt after an edit while the communes nothing changed in are taken whole from the
/// last build: each such row was "unknown unit" (the build failed, `serve` kept the old site),
/// since the name was looked up only in the units read again, though a clean build read it.
final class UnitNamesOfReusedUnitsTests: XCTestCase {
    /// The district's 2024 table naming every commune by its name.
    static let table = """
        STT;Đơn vị;chinh-tri;xay-dung-dang;doan-ket;can-bo
        1;Đảng bộ xã Bình Minh;26;26;17;17
        2;Xã Ấp Bắc;25;27;17;17
        3;Đảng bộ xã Long Thạnh;28;28;18;18

        """

    func testAScoreEditedBesideCommunesTakenWholeStillFindsThemByName() throws {
        let outcome = try assertIncrementalEqualsClean(DistrictFixture.name, prepare: { site in
            try FileManager.default.removeItem(at: site.url("content/unit-evaluations/2024.yaml"))
            try site.write("content/unit-evaluations/2024.csv", Self.table)
            // The communes' snapshots are kept only for files settled when the first build reads them.
            Thread.sleep(forTimeInterval: Double(BonTotKit.FileStamp.settling) + 1.2)
        }, edit: { site in
            try site.replace("2;Xã Ấp Bắc;25;27;17;17", with: "2;Xã Ấp Bắc;26;27;17;17", in: "content/unit-evaluations/2024.csv")
        })
        XCTAssertEqual(outcome.report.reusedUnits, ["don-vi/xa-a/", "don-vi/xa-b/", "don-vi/xa-c/"],
                       "the communes are taken whole, as a clerk's edit of the district's table leaves them")
    }
}
