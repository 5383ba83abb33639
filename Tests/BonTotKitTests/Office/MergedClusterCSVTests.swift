import BonTotKit
import Foundation
import XCTest

/// A score sheet with the cluster merged down over its branches' rows, exported by Excel to CSV:
/// the cluster's name is on the first row of the block, the cells below empty. Those rows were
/// not compared with their branch files' `cluster:`; an empty cell under a filled one, within one
/// block of branch rows, now reads as that one, saying so. A blank at the top, one after a row
/// that is no branch's, or one after a branch whose file declares no cluster says nothing. The
/// ranking is never changed. (In a workbook the merges are known: `ClusterColumnTests`.)
final class MergedClusterCSVTests: WorkbookTestCase {
    /// A CSV "STT;Cụm thi đua;branch;…" of `rows`, each a cluster cell and either a branch of the
    /// minimal fixture (its scores from the fixture's CSV) or a label written in the branch column
    /// over empty score cells (a heading, a cluster's own row when empty).
    private func table(_ rows: [(cluster: String, branch: String)]) throws -> String {
        let text = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/\(csv)"), encoding: .utf8)
        let lines = text.split(whereSeparator: \.isNewline).map { String($0).replacingOccurrences(of: "\u{FEFF}", with: "") }
        let byBranch = Dictionary(lines.dropFirst().map { (String($0.prefix { $0 != ";" }), $0) }, uniquingKeysWith: { first, _ in first })
        let width = lines[0].split(separator: ";", omittingEmptySubsequences: false).count
        var number = 0
        let body = rows.map { row -> String in
            guard let line = byBranch[row.branch] else {
                return ";\(row.cluster);\(row.branch)" + String(repeating: ";", count: width - 1)
            }
            number += 1
            return "\(number);\(row.cluster);\(line)"
        }
        return (["STT;Cụm thi đua;\(lines[0])"] + body).joined(separator: "\n")
    }

    /// The warnings of `loaded` up to the words saying what the branch file declares.
    private func clusterWarnings(_ loaded: LoadedSite) -> [String] {
        loaded.diagnostics.sorted.filter { $0.severity == .warning }.map(\.description).map { warning in
            warning.range(of: " nhưng ").map { String(warning[..<$0.lowerBound]) } ?? warning
        }
    }

    /// "Cụm 2" on ap-1's row and nothing under it: ap-2's empty cell is "Cụm 2" as well, and
    /// compared (ap-2's file says `cum-ap`; "Cụm 2" names no declared cluster, so both rows are
    /// one warning naming them, `OldClusterNameCells`); truong-thcs, whose file declares no cluster, ends
    /// the block, so neither it nor cong-an-xa after it is told anything.
    func testAnEmptyClusterCellUnderAFilledOneReadsAsIt() throws {
        let loaded = try load([csv: .text(try table([("Cụm 2", "ap-1"), ("", "ap-2"), ("", "truong-thcs"), ("", "cong-an-xa")]))])
        XCTAssertEqual(ranking(loaded), try expected(), printed(loaded))
        XCTAssertEqual(clusterWarnings(loaded), ["\(csv):2: warning: bảng điểm ghi cụm 'Cụm 2' ở 2 dòng (dòng 2, 3)"], printed(loaded))
        // The cluster its files declare, merged over both: nothing to say.
        let same = try load([csv: .text(try table([("Cụm thi đua các ấp", "ap-1"), ("", "ap-2"), ("", "truong-thcs"), ("", "cong-an-xa")]))])
        XCTAssertEqual(clusterWarnings(same), [], printed(same))
    }

    /// The edges: an empty cell at the top of the table has nothing above it; a group heading
    /// ends the block above it; a branch of no declared cluster ends it too, so ap-2 under
    /// truong-thcs is not read as ap-1's "Cụm 2".
    func testABlankAtTheTopOrAfterTheBlockEndsSaysNothing() throws {
        let top = try load([csv: .text(try table([("", "ap-2"), ("Cụm 2", "ap-1"), ("", "truong-thcs"), ("", "cong-an-xa")]))])
        XCTAssertEqual(clusterWarnings(top), ["\(csv):3: warning: bảng điểm ghi cụm 'Cụm 2'"], printed(top))

        let heading = try load([csv: .text(try table([("Cụm 2", "ap-1"), ("", "II. CÁC CHI BỘ KHÁC"), ("", "ap-2"),
                                                      ("", "truong-thcs"), ("", "cong-an-xa")]))])
        XCTAssertEqual(ranking(heading), try expected(), printed(heading))
        XCTAssertEqual(clusterWarnings(heading), ["\(csv):2: warning: bảng điểm ghi cụm 'Cụm 2'"], printed(heading))

        let unclustered = try load([csv: .text(try table([("Cụm 2", "ap-1"), ("", "truong-thcs"), ("", "ap-2"), ("", "cong-an-xa")]))])
        XCTAssertEqual(clusterWarnings(unclustered), ["\(csv):2: warning: bảng điểm ghi cụm 'Cụm 2'"], printed(unclustered))
    }

    /// A row holding a cluster's name alone heads its branches: the empty cells under it read
    /// as that name.
    func testAClusterRowOfItsOwnHeadsTheRowsUnderIt() throws {
        let loaded = try load([csv: .text(try table([("Cụm 2", ""), ("", "ap-1"), ("", "ap-2"), ("Cụm thi đua các ấp", ""),
                                                     ("", "truong-thcs"), ("", "cong-an-xa")]))])
        XCTAssertEqual(ranking(loaded), try expected(), printed(loaded))
        XCTAssertEqual(clusterWarnings(loaded), ["\(csv):3: warning: bảng điểm ghi cụm 'Cụm 2' ở 2 dòng (dòng 3, 4)"], printed(loaded))
    }
}
