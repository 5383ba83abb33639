import XCTest
@testable import BonTotKit

/// `four_good.title` names the emulation title in `rubric.yaml` and `unit-rubric.yaml`; left out,
/// the default of what is ranked names it. An empty title, or one that is no text, is an error on
/// its line naming the field, and the default names the title then.
final class FourGoodTitleValidationTests: XCTestCase {
    private func decode(_ fourGood: String, forUnits: Bool = false) throws -> (Rubric?, [Diagnostic]) {
        let path = forUnits ? "content/unit-rubric.yaml" : "content/rubric.yaml"
        // `four_good` on line 4, its first field on line 5.
        let text = """
            criteria: [{ id: chinh-tri, name: Chính trị, max: 100 }]
            levels: [{ id: tot, name: Hoàn thành tốt nhiệm vụ, min: 70 },
                     { id: hoan-thanh, name: Hoàn thành nhiệm vụ, min: 0 }]
            four_good:
            \(fourGood)
            """
        let sink = DiagnosticSink()
        let node = try YAMLDocument.parse(text, path: path).get()
        return (RubricDecoder.decode(node, path: path, sink: sink, forUnits: forUnits), sink.log.entries)
    }

    func testATitleIsReadInBothRubrics() throws {
        for forUnits in [false, true] {
            let (rubric, diagnostics) = try decode("  title: \"Chi bộ trong sạch, vững mạnh\"\n  min_level: tot", forUnits: forUnits)
            XCTAssertEqual(diagnostics, [])
            XCTAssertEqual(rubric?.fourGood.title, "Chi bộ trong sạch, vững mạnh")
            XCTAssertEqual((forUnits ? RankingSubject.units : .branches).title(of: rubric), "Chi bộ trong sạch, vững mạnh")
        }
    }

    func testWithoutATitleWhatIsRankedNamesIt() throws {
        let (rubric, diagnostics) = try decode("  min_level: tot", forUnits: true)
        XCTAssertEqual(diagnostics, [])
        XCTAssertNil(rubric?.fourGood.title)
        XCTAssertEqual(RankingSubject.branches.title(of: rubric), "Chi bộ 4 tốt")
        XCTAssertEqual(RankingSubject.units.title(of: rubric), "Đảng bộ cơ sở 4 tốt")
        XCTAssertEqual(RankingSubject.provinceUnits.title(of: rubric), "Đảng bộ 4 tốt")
    }

    func testAnEmptyTitleIsAnErrorOnItsLine() throws {
        for empty in ["  title:", "  title: \"\"", "  title: \"   \""] {
            let (rubric, diagnostics) = try decode(empty + "\n  min_level: tot")
            XCTAssertEqual(diagnostics.map(\.description), [
                "content/rubric.yaml:5: error: 'four_good.title' để trống: ghi tên danh hiệu (ví dụ title: \"Chi bộ 4 tốt\") "
                    + "hoặc bỏ dòng này / 'four_good.title' is empty: name the title or leave the line out",
            ], empty)
            XCTAssertNil(rubric?.fourGood.title)
        }
    }

    func testATitleThatIsNoTextIsAnErrorOnItsLine() throws {
        for (written, shape) in [("  title: [Chi bộ 4 tốt]", "một danh sách"), ("  title: 4", "giá trị đơn '4'"),
                                 ("  title: { name: x }", "một bảng")] {
            let (_, diagnostics) = try decode(written, forUnits: true)
            XCTAssertEqual(diagnostics.map(\.location.line), [5], written)
            XCTAssertEqual(diagnostics.map(\.field), ["four_good.title"], written)
            XCTAssertEqual(diagnostics.map(\.severity), [.error], written)
            XCTAssertTrue(diagnostics.first?.message.hasPrefix("'four_good.title' cần một chuỗi, tên danh hiệu, không phải \(shape)") == true,
                          diagnostics.map(\.description).joined())
        }
    }

    /// The unknown-field check knows `title`: a misspelt one is told the field it meant.
    func testAMisspeltTitleIsToldTheField() throws {
        let (rubric, diagnostics) = try decode("  titel: Chi bộ trong sạch")
        XCTAssertNil(rubric?.fourGood.title)
        XCTAssertEqual(diagnostics.map(\.field), ["four_good.titel"])
        XCTAssertTrue(diagnostics.first?.message.contains("'title'") == true, diagnostics.map(\.description).joined())
    }
}
