import BonTotKit
import Foundation
import XCTest

/// A score table with a column of emulation clusters ("Cụm thi đua", "Khối") before or after the
/// branch column, as offices lay it out (`make_cluster_column_workbooks.py`): read, each row's
/// cluster compared with its branch file's `cluster:`, which alone ranks the branch in a cluster.
final class ClusterColumnTests: WorkbookTestCase {
    /// Each branch's overall rank and its rank in its cluster, as the ranking page shows them.
    private func clusterRanks(_ loaded: LoadedSite) -> [String] {
        (loaded.analysis?.ranking(Period("2024")!)?.rows ?? []).map { "\($0.branchID) \($0.cluster ?? "-") \($0.clusterRank ?? 0)" }
    }

    /// "STT | Cụm thi đua | Tên chi bộ | …" was refused: "the first column must be 'branch', got
    /// 'Cụm thi đua'", and nothing ranked. The cluster merged over ap-1 and ap-2 is the one their
    /// files declare: the table ranks as the CSV, without a word.
    func testAClusterColumnBeforeTheBranchIsRead() throws {
        let csvRanks = clusterRanks(try load([csv: .text(try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/\(csv)"),
                                                                   encoding: .utf8))]))
        XCTAssertEqual(csvRanks, ["ap-1 cum-ap 1", "ap-2 cum-ap 2", "truong-thcs - 0", "cong-an-xa - 0"])
        let loaded = try workbook("scores-cluster-column.xlsx")
        try assertRanksAsTheCSV(loaded)
        XCTAssertEqual(clusterRanks(loaded), csvRanks)
    }

    /// "Cụm | STT | Tên chi bộ | …", the cluster column before the row numbers, was refused: "the
    /// first column must be 'branch', got 'Cụm'", and nothing ranked. It reads as "STT | Cụm |
    /// Tên chi bộ" does, in a workbook (the cluster merged over ap-1 and ap-2) and in CSV, each
    /// row's cluster still compared with its branch file's, never changing a rank.
    func testAClusterColumnBeforeTheRowNumbersIsRead() throws {
        let loaded = try workbook("scores-cluster-before-number.xlsx")
        try assertRanksAsTheCSV(loaded)
        XCTAssertEqual(clusterRanks(loaded), ["ap-1 cum-ap 1", "ap-2 cum-ap 2", "truong-thcs - 0", "cong-an-xa - 0"])

        let text = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/\(csv)"), encoding: .utf8)
        let lines = text.split(whereSeparator: \.isNewline).map { String($0).replacingOccurrences(of: "\u{FEFF}", with: "") }
        let clusters = ["Cụm", "cum-ap", "Cụm các ấp", "", "Cụm các ấp"]
        let before = lines.indices.map { "\(clusters[$0]);\($0 == 0 ? "STT" : String($0));\(lines[$0])" }
        let read = try load([csv: .text(before.joined(separator: "\n"))])
        XCTAssertEqual(ranking(read), try expected(), printed(read))
        XCTAssertEqual(clusterRanks(read), ["ap-1 cum-ap 1", "ap-2 cum-ap 2", "truong-thcs - 0", "cong-an-xa - 0"])
        XCTAssertEqual(read.diagnostics.sorted.filter { $0.severity == .warning }.map(\.description).map { String($0.prefix(60)) },
                       ["\(csv):5: warning: bảng điểm ghi chi bộ 'cong-an-xa'".prefix(60).description], printed(read))
    }

    /// A cluster the sheet writes otherwise than the branch file is a warning at its cell, saying
    /// both and that the file's counts; one naming no declared cluster ("Cụm 2", merged over two
    /// rows) is one warning naming its rows, perhaps the cluster's old name; the ranking is the CSV's.
    func testAClusterOtherThanTheBranchFilesIsAWarningAndChangesNoRank() throws {
        let loaded = try workbook("scores-cluster-column-differs.xlsx")
        XCTAssertEqual(ranking(loaded), try expected(), printed(loaded))
        XCTAssertEqual(clusterRanks(loaded), ["ap-1 cum-ap 1", "ap-2 cum-ap 2", "truong-thcs - 0", "cong-an-xa - 0"])
        let warnings = loaded.diagnostics.sorted.filter { $0.severity == .warning }.map(\.description)
        XCTAssertEqual(warnings.count, 2, warnings.joined(separator: "\n"))
        XCTAssertTrue(warnings.contains {
            $0.hasPrefix("\(xlsx):Điểm!B5: warning: bảng điểm ghi cụm 'Cụm 2' ở 2 dòng (ô Điểm!B5, Điểm!B6) nhưng site.yaml không "
                         + "có cụm nào tên như vậy; có thể đó là tên cũ của cụm 'cum-ap', nay là 'Cụm thi đua các ấp' (tệp chi bộ ghi "
                         + "'cluster: cum-ap'); nếu vậy thì tệp chi bộ đã đúng, xếp hạng theo cụm trong tệp chi bộ")
        }, warnings.joined(separator: "\n"))
        XCTAssertTrue(warnings.contains {
            $0.hasPrefix("\(xlsx):Điểm!B8: warning: bảng điểm ghi chi bộ 'cong-an-xa' thuộc cụm 'Cụm các ấp' (cum-ap) nhưng "
                         + "content/branches/cong-an-xa.yaml không ghi cụm nào") && $0.contains("'cluster: cum-ap'")
        }, warnings.joined(separator: "\n"))
    }

    /// In CSV too, before the branch column or after it, by the cluster's id, its name or its
    /// name without "Cụm thi đua"; an empty cell says nothing.
    func testAClusterColumnInCSV() throws {
        let text = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/\(csv)"), encoding: .utf8)
        var lines = text.split(whereSeparator: \.isNewline).map { String($0).replacingOccurrences(of: "\u{FEFF}", with: "") }
        let clusters = ["Cụm thi đua", "cum-ap", "Cụm các ấp", "", ""]
        let before = lines.indices.map { "\($0 == 0 ? "STT" : String($0));\(clusters[$0]);\(lines[$0])" }
        try assertRanksAsTheCSV(try load([csv: .text(before.joined(separator: "\n"))]), "before")

        lines[0] = lines[0].replacingOccurrences(of: "branch;", with: "branch;Khối;")
        for index in 1..<lines.count {
            lines[index] = lines[index].replacingOccurrences(of: ";", with: ";\(index == 4 ? "Cụm thi đua các ấp" : clusters[index]);",
                                                             options: [], range: lines[index].range(of: ";"))
        }
        let after = try load([csv: .text(lines.joined(separator: "\n"))])
        XCTAssertEqual(ranking(after), try expected(), printed(after))
        XCTAssertEqual(after.diagnostics.sorted.filter { $0.severity == .warning }.map(\.description).map { String($0.prefix(60)) },
                       ["\(csv):5: warning: bảng điểm ghi chi bộ 'cong-an-xa'".prefix(60).description], printed(after))
    }
}
