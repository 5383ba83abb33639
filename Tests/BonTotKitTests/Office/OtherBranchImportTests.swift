@testable import BonTotKit
import Foundation
import XCTest

/// `bontot import minutes --branch` of another cell than the document's: the chi bộ its header
/// names is warned of with the right command, the same document imported before for another
/// branch is warned of (one meeting counted for two cells), and neither refuses the import. And
/// `--dry-run` does not say a document was imported.
final class OtherBranchImportTests: DocumentsSiteTestCase {
    private let document = "bien-ban-mau-xa.docx"

    private func run(_ name: String, branch: String, dryRun: Bool = false, allowDuplicates: Bool = false) -> MinutesImport.Report {
        MinutesImport.run(OfficeFixtures.folder.appending(path: name), source: name, siteRoot: root, branch: branch,
                          kind: nil, dryRun: dryRun, allowDuplicates: allowDuplicates)
    }

    private func branchWarnings(_ report: MinutesImport.Report) -> [String] {
        report.diagnostics.sorted.filter { $0.field == "branch" }.map(\.description)
    }

    func testTheChiBoOfTheHeaderIsNamedWithTheCommandForItsBranch() throws {
        let report = run(document, branch: "ap-2")
        XCTAssertEqual(report.outcomes.map(\.path), ["content/minutes/2024/ap-2-2024-12.md"], "a warning, not a refusal")
        XCTAssertEqual(branchWarnings(report), [
            "\(document): warning: biên bản ghi 'CHI BỘ ẤP 1', là chi bộ 'ap-1', không phải 'ap-2' (--branch); nếu nhầm chi bộ, "
                + "hãy xoá content/minutes/2024/ap-2-2024-12.md rồi chạy: bontot import minutes \(document) --branch ap-1 "
                + "/ the document names 'CHI BỘ ẤP 1', the branch 'ap-1', not 'ap-2' (--branch): if that is the wrong branch, "
                + "delete content/minutes/2024/ap-2-2024-12.md and run: bontot import minutes \(document) --branch ap-1",
        ])
        XCTAssertEqual(branchWarnings(run(document, branch: "ap-1", dryRun: true)).filter { $0.contains("biên bản ghi") }, [],
                       "the document's own branch")
    }

    func testTheChiBoIsFoundInTheOpeningAndANameOfNoBranchSaysNothing() throws {
        let header = HeaderBranch(siteRoot: root)
        let opening = ["ĐẢNG BỘ XÃ HÒA THUẬN", "BIÊN BẢN SINH HOẠT CHI BỘ", "Hôm nay, ngày 05/12/2024, Chi bộ ấp 2 tổ chức sinh hoạt thường kỳ."]
        XCTAssertEqual(header.named(in: opening)?.id, "ap-2")
        XCTAssertEqual(header.named(in: ["CHI BỘ ẤP 2\t\tĐẢNG CỘNG SẢN VIỆT NAM", "*", "BIÊN BẢN"])?.id, "ap-2", "a header laid in columns")
        XCTAssertNil(header.named(in: ["CHI BỘ THÔN ĐÔNG HÒA", "BIÊN BẢN", "Chi bộ có 28 đảng viên"]), "no branch of the site")
    }

    func testTheSameDocumentImportedForAnotherBranchIsWarnedOf() throws {
        XCTAssertEqual(run(document, branch: "ap-1").outcomes.count, 1)
        let again = run(document, branch: "ap-2", dryRun: true)
        XCTAssertEqual(again.outcomes.map(\.path), ["content/minutes/2024/ap-2-2024-12.md"], "a warning, not a refusal")
        let said = branchWarnings(again).filter { $0.contains("cùng nội dung") }
        XCTAssertEqual(said, [
            "\(document): warning: biên bản này (cùng nội dung) đã được nhập cho chi bộ 'ap-1' vào content/minutes/2024/ap-1-2024-12.md: "
                + "một cuộc họp sẽ được đếm cho cả hai chi bộ 'ap-1' và 'ap-2'. Nếu đúng là họp chung của hai chi bộ, chạy với "
                + "--allow-duplicate để không báo nữa / this document is already imported for the branch 'ap-1' into "
                + "content/minutes/2024/ap-1-2024-12.md: one meeting would count for both 'ap-1' and 'ap-2' "
                + "(a joint meeting: --allow-duplicate silences this)",
        ])
        XCTAssertEqual(branchWarnings(run(document, branch: "ap-2", dryRun: true, allowDuplicates: true))
            .filter { $0.contains("cùng nội dung") }, [], "--allow-duplicate: the clerk says it is a joint meeting")

        // Another document of that day for the other branch is no duplicate.
        let file = root.appending(path: "content/minutes/2024/ap-1-2024-12.md")
        try (String(contentsOf: file, encoding: .utf8) + "\nMột ý kiến khác.\n").write(to: file, atomically: true, encoding: .utf8)
        XCTAssertEqual(branchWarnings(run(document, branch: "ap-2", dryRun: true)).filter { $0.contains("cùng nội dung") }, [])
    }

    /// Minutes the clerk opened and saved again in Notepad as "Unicode" (UTF-16 with a byte-order
    /// mark), which the build reads: the same document imported again for another branch was
    /// not warned of, the minutes read as UTF-8 only.
    func testTheSameDocumentIsWarnedOfWhenTheMinutesAreSavedAsUTF16() throws {
        XCTAssertEqual(run(document, branch: "ap-1").outcomes.count, 1)
        let file = root.appending(path: "content/minutes/2024/ap-1-2024-12.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        try (Data([0xFF, 0xFE]) + XCTUnwrap(text.data(using: .utf16LittleEndian))).write(to: file)

        let said = branchWarnings(run(document, branch: "ap-2", dryRun: true)).filter { $0.contains("cùng nội dung") }
        XCTAssertEqual(said.count, 1, "\(said)")
        XCTAssertTrue(said.first?.contains("đã được nhập cho chi bộ 'ap-1' vào content/minutes/2024/ap-1-2024-12.md") == true, "\(said)")
    }

    func testADryRunDoesNotSayTheFirstDocumentWasImported() throws {
        let folder = root.deletingLastPathComponent().appending(path: "tu-word")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try OfficeFixtures.data("bien-ban-python-docx.docx").write(to: folder.appending(path: "thang-10.docx"))
        try OfficeFixtures.data("bien-ban-vntime.docx").write(to: folder.appending(path: "vntime.docx"))
        let report = MinutesImport.run(folder, source: "tu-word", siteRoot: root, branch: "ap-1", kind: nil, dryRun: true)
        let errors = report.diagnostics.sorted.filter { $0.severity == .error }.map(\.description)
        XCTAssertEqual(errors.count, 1, "\(errors)")
        XCTAssertTrue(errors.allSatisfy { $0.contains("sẽ được nhập từ 'tu-word/thang-10.docx' vào content/minutes/2024/ap-1-2024-10.md")
            && $0.contains("is to be imported from") && !$0.contains("vừa được nhập") }, "\(errors)")
    }
}
