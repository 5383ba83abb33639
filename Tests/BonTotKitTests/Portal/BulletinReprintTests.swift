import BonTotKit
import Foundation
import XCTest

/// Which edits print a bulletin's PDF again on a later `bontot build --pdf` (with WeasyPrint):
/// those that change what the engine prints, and only for the bulletins they touch.
final class BulletinReprintTests: XCTestCase {
    private let months = ["2023-12", "2024-08", "2024-09", "2024-12"]

    /// An office that replaces a picture under the same name (`media/ap-bac.svg`, the image of
    /// September's story) gets September's bulletin printed with the new picture, the other
    /// bulletins kept as they were printed; a picture that no bulletin shows reprints none.
    func testAReplacedPicturePrintsAgainOnlyTheBulletinShowingIt() throws {
        let engine = try XCTUnwrap(PDFEngine.find(), "no PDF engine (WeasyPrint or Chromium): `make test` installs WeasyPrint")
        XCTAssertEqual(engine.kind, .weasyprint, "`make test` installs WeasyPrint, which PDFEngine prefers")
        let unshown = "content/media/anh-luu-tru.svg"
        let first = try BuiltSite.build(changes: [unshown: Self.picture("#1f4e9c")], pdf: true)
        XCTAssertTrue(first.report.succeeded, "\(first.report.diagnostics.sorted)")
        let printed = Dictionary(uniqueKeysWithValues: months.map { ($0, first.bytes(Self.pdf($0))) })
        let files = try Dictionary(uniqueKeysWithValues: months.map { ($0, try XCTUnwrap(inode(first, $0), "no PDF of \($0)")) })

        try Self.picture("#2e7d32").write(to: first.root.appending(path: unshown), atomically: true, encoding: .utf8)
        let second = BuiltSite.rebuild(root: first.root, pdf: true)
        XCTAssertTrue(second.report.succeeded, "\(second.report.diagnostics.sorted)")
        for month in months {
            XCTAssertEqual(inode(second, month), files[month], "the PDF of \(month) was printed again for a picture not in it")
        }

        let shown = first.root.appending(path: "content/media/ap-bac.svg")
        try Self.picture("#f2c94c").write(to: shown, atomically: true, encoding: .utf8)
        let third = BuiltSite.rebuild(root: first.root, pdf: true)
        XCTAssertTrue(third.report.succeeded, "\(third.report.diagnostics.sorted)")
        XCTAssertNotEqual(inode(third, "2024-09"), files["2024-09"], "September's PDF was kept with the old picture")
        XCTAssertTrue(third.bytes(Self.pdf("2024-09")) != printed["2024-09"], "September's PDF still holds the old picture")
        for month in months where month != "2024-09" {
            XCTAssertEqual(inode(third, month), files[month], "the PDF of \(month), without that picture, was printed again")
            XCTAssertTrue(third.bytes(Self.pdf(month)) == printed[month], "the PDF of \(month) changed")
        }
    }

    /// A plain picture, drawn in `color`.
    static func picture(_ color: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"80\" viewBox=\"0 0 120 80\">"
            + "<rect width=\"120\" height=\"80\" fill=\"\(color)\"/></svg>\n"
    }

    private static func pdf(_ month: String) -> String { "ban-tin/\(month)/ban-tin-\(month).pdf" }

    /// The file the output holds as the PDF of `month`: kept from the previous build, it is the
    /// same file (a hard link); printed again, it is another.
    private func inode(_ built: BuiltSite, _ month: String) -> UInt64? {
        Self.inode(built.output, Self.pdf(month))
    }

    /// The file the output `output` holds at `path` (its inode), nil when there is none.
    static func inode(_ output: URL, _ path: String) -> UInt64? {
        var info = stat()
        guard stat(output.appending(path: path).path, &info) == 0 else { return nil }
        return UInt64(info.st_ino)
    }
}
