import BonTotKit
import Foundation
import XCTest

/// An address typed with one letter wrong or too many (`/chi-bo/kdc-an-phuu/`) found no page, and
/// the 404 listed only the pages above it: `bontot serve` now offers the page beside it that was
/// most likely meant, "Có phải bạn muốn mở …?", compared folded, only when it is close, and inside
/// a unit of a district among the unit's own pages; a folder above it mistyped too is read so. The built executable, as `ServePagesTests`.
final class ServeMistypedAddressTests: ServeTestCase {
    private typealias Serve = ServeCommandTests

    func testAMistypedBranchOfAUnitOffersTheUnitsBranchAndAFarOneNothing() throws {
        let (base, log) = try serve(try copy("district"))
        XCTAssertNotNil(Serve.wait(for: base, until: { $0.contains("<html") }), "the home was never served:\n\(Serve.read(log))")
        let unit = Router().unit("xa-b")
        let branches = unit.path(.branchDirectory)

        let mistyped = try XCTUnwrap(Serve.answer(base + branches + "ap-bac-22/"))
        XCTAssertEqual(mistyped.status, 404)
        XCTAssertTrue(mistyped.body.contains("<p>Có phải bạn muốn mở <a href=\"/\(branches)ap-bac-2/\">Chi bộ ấp Bắc Hai"),
                      mistyped.body)

        // Typed with its Vietnamese letters and a capital, one letter wrong: compared folded.
        let accented = try XCTUnwrap(Serve.answer(base + branches + "%E1%BA%A4p-b%E1%BA%AFc-3x/"))
        XCTAssertEqual(accented.status, 404)
        XCTAssertTrue(accented.body.contains("Có phải bạn muốn mở <a href=\"/\(branches)ap-bac-3/\">"), accented.body)

        // The unit's folder mistyped too: each folder the output lacks read as the one beside it.
        let both = try XCTUnwrap(Serve.answer(base + branches.replacingOccurrences(of: "xa-b/", with: "xa-bb/") + "ap-bac-1/"))
        XCTAssertEqual(both.status, 404)
        XCTAssertTrue(both.body.contains("Có phải bạn muốn mở <a href=\"/\(branches)ap-bac-1/\">"), both.body)

        let far = try XCTUnwrap(Serve.answer(base + branches + "khong-co-chi-bo-nay/"))
        XCTAssertEqual(far.status, 404)
        XCTAssertFalse(far.body.contains("Có phải bạn muốn mở"), "no page is close: \(far.body)")
    }
}
