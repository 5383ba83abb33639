@testable import BonTotKit
import Foundation
import XCTest

/// The objects of one view model type share the keys the first one encoded gave
/// (`TemplateShape`). A value whose own `encode(to:)` gives other keys (a field left out when
/// it has no value, a nested container) keeps keys of its own: it renders, and its template's
/// keys are checked, as its own keys say, with either engine.
final class TemplateShapeTests: XCTestCase {
    /// Gives `note` only when it has one, and `detail` as a nested container only when it has one.
    /// Each test names its own `Test`, so its values make a type no other test encoded before.
    private struct Varying<Test>: Encodable {
        var name: String
        var note: String?
        var detail: String?

        enum CodingKeys: String, CodingKey { case name, note, detail }
        enum DetailKeys: String, CodingKey { case text }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            if let note { try container.encode(note, forKey: .note) }
            if let detail {
                var nested = container.nestedContainer(keyedBy: DetailKeys.self, forKey: .detail)
                try nested.encode(detail, forKey: .text)
            }
        }
    }

    /// Gives `name` a value, then says it has none: the value stays, as it always did.
    private struct GivenTwice: Encodable {
        enum CodingKeys: String, CodingKey { case name }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode("còn giữ", forKey: .name)
            try container.encodeNil(forKey: .name)
        }
    }

    private func renderers(_ templates: [String: String]) throws -> [PageRenderer] {
        let site = try TemporaryFolder.make()
        addTeardownBlock { try? FileManager.default.removeItem(at: site) }
        for (name, text) in templates {
            let file = site.appending(path: "templates/\(name).mustache")
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        let theme = Theme.load(siteRoot: site)
        let sink = DiagnosticSink()
        let renderers = [PageRenderer(theme: theme, sink: sink, engine: .mustache), PageRenderer(theme: theme, sink: sink, engine: .compiled)]
        XCTAssertEqual(sink.log.entries.count, 0)
        XCTAssertTrue(renderers[1].rendersCompiled)
        return renderers
    }

    func testValuesOfOneTypeWithOtherKeysRenderTheirOwn() throws {
        enum Test {}
        // The first value encoded teaches the type its keys: `name` and `note`. The second gives
        // `detail` where the first gave `note`.
        let values = [Varying<Test>(name: "Chi bộ 1", note: "ghi chú"), Varying<Test>(name: "Chi bộ 2", detail: "chi tiết"),
                      Varying<Test>(name: "Chi bộ 3"), Varying<Test>(name: "Chi bộ 4", note: "lần hai", detail: "thêm"),
                      Varying<Test>(name: "Chi bộ 5", note: "như đầu")].map(TemplateValue.make)
        let expected = ["Chi bộ 1|ghi chú|", "Chi bộ 2||chi tiết", "Chi bộ 3||", "Chi bộ 4|lần hai|thêm", "Chi bộ 5|như đầu|"]
        for renderer in try renderers(["t": "{{name}}|{{note}}|{{detail.text}}"]) {
            let got = values.map { renderer.render($0, template: "t", file: "t", checkingKeys: false).html }
            XCTAssertEqual(got, expected)
        }
    }

    func testATemplateKeyIsCheckedAgainstEachValuesOwnKeys() throws {
        enum Test {}
        let without = TemplateValue.make(Varying<Test>(name: "Chi bộ 1"))
        let with = TemplateValue.make(Varying<Test>(name: "Chi bộ 2", note: "ghi chú"))
        for renderer in try renderers(["t": "{{name}}: {{note}}"]) {
            let missing = renderer.render(without, template: "t", file: "t", checkingKeys: true)
            XCTAssertNil(missing.html)
            XCTAssertTrue(missing.diagnostics.contains { $0.message.contains("note") }, "\(missing.diagnostics)")
            let present = renderer.render(with, template: "t", file: "t", checkingKeys: true)
            XCTAssertEqual(present.html, "Chi bộ 2: ghi chú")
            XCTAssertEqual(present.diagnostics.count, 0)
        }
    }

    func testAFieldGivenAValueThenNoneKeepsTheValue() throws {
        let value = TemplateValue.make(GivenTwice())
        for renderer in try renderers(["t": "[{{name}}]{{^name}}trống{{/name}}"]) {
            XCTAssertEqual(renderer.render(value, template: "t", file: "t", checkingKeys: true).html, "[còn giữ]")
        }
    }

    func testEqualValuesHaveEqualFingerprintsWhateverKeysTheirTypeLearnt() {
        enum Test {}
        _ = TemplateValue.make(Varying<Test>(name: "đầu tiên", note: "có"))
        let first = ModelFingerprint.of(TemplateValue.make(Varying<Test>(name: "A", note: "x", detail: "y")))
        let again = ModelFingerprint.of(TemplateValue.make(Varying<Test>(name: "A", note: "x", detail: "y")))
        let other = ModelFingerprint.of(TemplateValue.make(Varying<Test>(name: "A", note: "z", detail: "y")))
        let fewer = ModelFingerprint.of(TemplateValue.make(Varying<Test>(name: "A", note: "x")))
        XCTAssertEqual(first, again)
        XCTAssertNotEqual(first, other)
        XCTAssertNotEqual(first, fewer)
    }
}
