import BonTotKit
import Foundation
import XCTest

/// Score tables laid out as Vietnamese administrative tables are: the row numbering the columns
/// under the header, an average row under the total, criteria numbered as the rubric's document
/// numbers them, the branch column titled "Tên đơn vị". Each ranks as the CSV of ids does.
final class AdministrativeTableTests: WorkbookTestCase {
    /// The minimal fixture's CSV, one line a row, with an "STT" column in front.
    private func numberedLines() throws -> [String] {
        let text = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/\(csv)"), encoding: .utf8)
            .replacingOccurrences(of: "\u{FEFF}", with: "")
        let lines = text.split(whereSeparator: \.isNewline).map(String.init)
        return ["STT;" + lines[0]] + lines.dropFirst().enumerated().map { "\($0.offset + 1);\($0.element)" }
    }

    /// An average row under the total ("Bình quân", "Trung bình") and a total with a remark in
    /// brackets ("TỔNG CỘNG (4 chi bộ)") were read as rows without a branch: an error each.
    func testAnAverageRowAndATotalWithARemarkAreLeftOut() throws {
        let lines = try numberedLines()
        for foot in [["TỔNG CỘNG (4 chi bộ);;47;46;91;64;61;1,5;0;1;;"],
                     ["Cộng;;47;46;91;64;61;1,5;0;1;;", "Bình quân;;11,75;11,5;22,75;16;15,25;0,38;0;0,25;;"],
                     [";Trung bình;11,75;11,5;22,75;16;15,25;0,38;0;0,25;;"]] {
            let loaded = try load([csv: .text((lines + foot).joined(separator: "\n"))])
            XCTAssertEqual(ranking(loaded), try expected(), "\(foot)\n\(printed(loaded))")
            XCTAssertEqual(loaded.diagnostics.warningCount, 0, printed(loaded))
        }
    }
}
