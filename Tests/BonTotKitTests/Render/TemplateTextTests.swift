@testable import BonTotKit
import Mustache
import XCTest

/// A view model's texts render as `TemplateText`s: the same bytes as the plain strings the
/// Mustache library renders itself, escaped, in sections and lists, transformed and tested for
/// emptiness alike; a key looked up inside a text's section is found further out, as for a string.
final class TemplateTextTests: XCTestCase {
    /// A page with texts of every shape: plain, optional (set and not), empty, listed, nested.
    private struct Model: Encodable {
        struct Member: Encodable { var name: String }
        var title: String
        var note: String?, missing: String?
        var empty: String
        var tags: [String]
        var items: [Member]
    }

    private static let template = """
        <h1>{{title}}</h1>{{{title}}}
        {{#note}}<p>{{.}}</p>{{/note}}{{^note}}no note{{/note}}
        {{#missing}}[{{.}}]{{/missing}}{{^missing}}none{{/missing}}
        {{#empty}}empty is shown{{/empty}}{{^empty}}empty is hidden{{/empty}}
        {{#tags}}<li>{{.}}{{#first}} first{{/first}}</li>{{/tags}}
        {{#items}}<b>{{name}}</b> {{uppercased(name)}} {{title}}{{/items}}
        {{#note}}{{text}}{{title}}{{/note}}
        {{lowercased(title)}}
        """

    private static let model = Model(title: "Chi bộ <Số 1> & \"Tổ\" 'A'", note: "Ghi chú <b>", missing: nil, empty: "",
                                      tags: ["a&b", "c"], items: [.init(name: "Nguyễn Văn Á"), .init(name: "x<y")])

    /// The same model as the library's own plain values: strings, arrays and dictionaries.
    private static var plain: [String: Any] {
        ["title": model.title, "note": model.note!, "empty": model.empty, "tags": model.tags,
         "items": model.items.map { ["name": $0.name] }]
    }

    private func render(_ value: Any) throws -> String {
        _ = HTMLEscaping.registered
        return try MustacheTemplate(string: HTMLEscaping.pragma + Self.template).render(value)
    }

    func testTextsRenderAsTheLibraryRendersPlainStrings() throws {
        let rendered = try render(TemplateValue.make(Self.model))
        XCTAssertEqual(rendered, try render(Self.plain))
        XCTAssertTrue(rendered.contains("<h1>Chi bộ &lt;Số 1&gt; &amp; &quot;Tổ&quot; &#39;A&#39;</h1>Chi bộ <Số 1> & \"Tổ\" 'A'"), rendered)
        XCTAssertTrue(rendered.contains("<p>Ghi chú &lt;b&gt;</p>"), rendered)
        XCTAssertTrue(rendered.contains("none\nempty is shown\n"), rendered)
        XCTAssertTrue(rendered.contains("<b>Nguyễn Văn Á</b> NGUYỄN VĂN Á"), rendered)
    }
}
