@testable import BonTotKit
import BonTotOffice
import Foundation
import XCTest

/// A table of resolutions whose first cell is merged down over two tasks, saved by LibreOffice
/// as .odt (`make_merged_table_documents.py`): the cell below it, covered, was left out, the
/// row shifted one column left, and its deadline "Trước 15/12/2024" read as the task. The .odt's
/// rows now keep it as an empty cell, as Word's reader gives the .docx's continuing cell.
final class OpenDocumentMergedCellsTests: SiteCopyTestCase {
    private let fixture = "bien-ban-nghi-quyet-bang-gop"

    /// The cell texts of the document's tables, a table a list of rows.
    private func tables(_ document: WordDocument) -> [[[String]]] {
        document.blocks.compactMap { block in
            guard case .table(let table) = block else { return nil }
            return table.rows.map { $0.map { $0.map(\.text).joined(separator: "\n") } }
        }
    }

    func testTheODTsTableHasTheDOCXsColumns() throws {
        let docx = tables(try DOCXReader.read(Data(try OfficeFixtures.bytes(fixture + ".docx"))))
        let odt = tables(try ODTReader.read(Data(try OfficeFixtures.bytes("opendocument/" + fixture + ".odt"))))
        XCTAssertEqual(odt, docx)
        XCTAssertEqual(odt.first { $0.first?.first == "Lĩnh vực" }, [
            ["Lĩnh vực", "Nội dung công việc", "Thời gian hoàn thành", "Người phụ trách"],
            ["Xây dựng Đảng", "Hoàn thành thu đảng phí quý IV", "30/11/2024", "Đ/c Mai"],
            ["", "Chuẩn bị đón đoàn kiểm tra của Đảng ủy xã", "Trước 15/12/2024", "Đ/c Hùng"],
            ["Dân vận", "Vận động hộ dân tham gia ngày chủ nhật xanh", "Thường xuyên", ""],
        ])
    }

    func testEachTaskKeepsItsDeadline() throws {
        for path in [fixture + ".docx", "opendocument/" + fixture + ".odt"] {
            let text = try importedMinutes(path)
            XCTAssertTrue(text.contains("""
                resolutions:
                  - { text: Hoàn thành thu đảng phí quý IV, due: 2024-11-30 }
                  - { text: Chuẩn bị đón đoàn kiểm tra của Đảng ủy xã, due: 2024-12-15 }
                  - Vận động hộ dân tham gia ngày chủ nhật xanh (Thường xuyên)

                """), "\(path):\n\(text)")
        }
    }

    /// The .odt's cells stand where the .docx's do: a covered cell under a cell merged down
    /// continues it, in the .odt as in the .docx (`w:vMerge`), so both read the same.
    func testTheODTsMergedCellsStandWhereTheDOCXsDo() throws {
        func places(_ document: WordDocument) -> [[[WordCellPlace]]?] {
            document.blocks.compactMap { block in
                guard case .table(let table) = block else { return nil }
                return table.places
            }
        }
        let docx = places(try DOCXReader.read(Data(try OfficeFixtures.bytes(fixture + ".docx"))))
        let odt = places(try ODTReader.read(Data(try OfficeFixtures.bytes("opendocument/" + fixture + ".odt"))))
        XCTAssertEqual(odt, docx)
        let merged = try XCTUnwrap(docx.compactMap { $0 }.first { $0.count == 4 && $0[0].count == 4 })
        XCTAssertEqual(merged.map { $0.map(\.continuesAbove) }, [[false, false, false, false], [false, false, false, false],
                                                                  [true, false, false, false], [false, false, false, true]])
    }
}
