import XCTest

/// The grid of every branch's months (`/sinh-hoat/`) printed on A4 for the committee, a year of
/// twelve months and four quarters wide.
final class MinutesGridPrintTests: SiteCopyTestCase {
    /// A meeting of `ap-bac` in `month` of 2024, so that the grid runs from January to December.
    static func meeting(month: Int) -> String {
        """
        ---
        branch: ap-bac
        date: 2024-\(month < 10 ? "0" : "")\(month)-05
        kind: thuong-ky
        topic: Sinh hoạt thường kỳ
        attendance: { present: 38, expected: 40, excused: 2 }
        ---
        Sinh hoạt thường kỳ.
        """
    }

    /// A commune's further branches, fourteen in all as in a commune's portal: the grid's totals
    /// then read "1/14", "4/168", wider than the fixture's "1/5".
    static let moreBranches = ["Bình Long", "Bình Phú", "Bình Thạnh", "Hòa Định", "Hòa Lợi", "Tân Hòa", "Tân Thới", "Phú Mỹ", "Mỹ Lợi"]

    /// The branches' names print a few words a line: with a year's sixteen columns beside them
    /// and fourteen branches' totals under them, their column was squeezed to a few letters,
    /// "Chi / bộ / ấp / Bìn / h / Lon / g", a name no one could read on paper.
    func testTheBranchesNamesPrintReadablyBesideAWholeYear() throws {
        var changes: [String: String?] = [
            "content/minutes/2024/ap-bac-2024-01.md": Self.meeting(month: 1),
            "content/minutes/2024/ap-bac-2024-12.md": Self.meeting(month: 12),
        ]
        for (index, name) in Self.moreBranches.enumerated() {
            changes["content/branches/ap-\(index + 1).yaml"] = "name: Chi bộ ấp \(name)\nkind: khu-dan-cu\n"
        }
        let root = keep(try BuiltSite.prepare("portal", changes: changes))
        let built = BuiltSite.rebuild(root: root)
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        let html = built.page("sinh-hoat/index.html")
        XCTAssertTrue(html.contains("tháng 01 năm 2024") && html.contains("sinh hoạt chuyên đề quý IV/2024"),
                      "the grid runs from January to the fourth quarter")
        let printed = try PrintedPageWords(page: "sinh-hoat/index.html", in: built)
        let texts = printed.words.map(\.text)
        for word in ["Minh", "Thuận", "Đồng", "Tâm", "Bắc", "Long", "Thạnh", "Định", "Thới"] {
            XCTAssertTrue(texts.contains(word), "'\(word)' of a branch's name is printed whole: \(texts)")
        }
        let names = texts.indices.filter { texts[$0] == "Chi" && $0 + 1 < texts.count && texts[$0 + 1] == "bộ" }
        XCTAssertGreaterThanOrEqual(names.count, 14, "every branch's name is printed")
        for index in names {
            XCTAssertTrue(printed.sharesALineWithTheWordBefore(index + 1), "a name printed a word a line: \(printed.context(index))")
        }
    }
}
