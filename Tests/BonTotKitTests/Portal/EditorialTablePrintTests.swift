import BonTotKit
import Foundation
import XCTest

/// An editorial's table typed with pipes, printed as an office prints the bulletin: by
/// `bontot build --pdf` (WeasyPrint) and from the browser (Chromium), read back with poppler.
final class EditorialTablePrintTests: XCTestCase {
    /// Forty rows of a table of the villages' results: more than one sheet.
    private static let editorial = "---\ntitle: Kết quả các khu dân cư\nnumber: 9\n---\n"
        + "Bảng dưới đây tổng hợp kết quả vận động của các khu dân cư trong tháng.\n\n"
        + "| STT | Khu dân cư và nội dung | Số hộ | Tỷ lệ |\n|---:|---|---:|---:|\n"
        + (1...40).map {
            "| \($0) | Khu dân cư số \($0): phụ trách hộ, vận động nhân dân tham gia bảo vệ môi trường và trật tự đô thị | \(100 + $0) | \(60 + $0) % |\n"
        }.joined()

    /// The table prints as a table: no row of pipes and dashes; its head ("STT", whole, not "ST"
    /// over "T") on top of every sheet it runs over; each percentage whole on its line.
    func testAnEditorialsPipeTablePrintsAsATableWithItsHeadOnEverySheet() throws {
        let root = try BuiltSite.prepare("portal", changes: ["content/bulletins/2024-09.md": Self.editorial])
        for (engine, pdf) in try PrintedBulletin.prints(root: root, month: YearMonth(year: 2024, month: 9)) {
            let sheets = try PrintedSheets(pdf: pdf).texts
            let all = sheets.joined(separator: "\n")
            XCTAssertFalse(all.contains("|"), "\(engine): the table printed as pipes")
            let withRows = sheets.indices.filter { sheets[$0].contains("Khu dân cư số") }
            XCTAssertGreaterThanOrEqual(withRows.count, 2, "\(engine): the table runs over several sheets")
            for sheet in withRows {
                let head = sheets[sheet].split(separator: "\n").first { $0.contains("Khu dân cư và nội dung") }
                XCTAssertNotNil(head, "\(engine): sheet \(sheet + 1) has rows without the table's head")
                XCTAssertTrue(head?.contains("STT") ?? false, "\(engine): the head's STT broken on sheet \(sheet + 1): \(head ?? "")")
            }
            for percent in [61, 85, 100] {
                XCTAssertTrue(all.contains("\(percent) %"), "\(engine): \(percent) % broken over two lines")
            }
        }
    }
}
