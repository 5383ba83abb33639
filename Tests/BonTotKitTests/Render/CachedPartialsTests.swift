@testable import BonTotKit
import XCTest

/// A partial kept under `partials/cached/` renders the bytes the same partial renders inline, on
/// every page that calls it, and sees the object it is called in alone: a key it reads from
/// further out fails the page, naming the partial and line.
final class CachedPartialsTests: XCTestCase {
    private struct Page: Encodable {
        struct Item: Encodable { var name: String; var box: Box }
        struct Box: Encodable { var label: String; var href: String; var marked: Bool }
        var title: String
        var items: [Item]
    }

    private static let box = """
        <a href="{{href}}"{{#marked}} class="on"{{/marked}}>{{label}}</a>

        """

    private static let page = Page(title: "Trang <1>", items: [
        .init(name: "một", box: .init(label: "Chi bộ <A> & B", href: "../a/", marked: true)),
        .init(name: "hai", box: .init(label: "Chi bộ C", href: "../c/", marked: false)),
        .init(name: "ba", box: .init(label: "Chi bộ <A> & B", href: "../a/", marked: true)),
    ])

    /// A renderer of the built-in theme with `templates` added, and what it reported.
    private func renderer(_ templates: [String: String]) throws -> (PageRenderer, DiagnosticSink) {
        let site = try TemporaryFolder.make()
        for (name, text) in templates {
            let file = site.appending(path: "templates/\(name).mustache")
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        let sink = DiagnosticSink()
        return (PageRenderer(theme: Theme.load(siteRoot: site), sink: sink), sink)
    }

    private func list(calling partial: String) -> String {
        "<h1>{{title}}</h1>\n{{#items}}\n<p>{{name}}</p>\n{{#box}}\n{{>\(partial)}}\n{{/box}}\n{{/items}}\n"
    }

    func testACachedPartialRendersWhatTheSamePartialRendersInline() throws {
        let (renderer, sink) = try renderer([
            "cached-list": list(calling: "partials/cached/box"), "inline-list": list(calling: "partials/box"),
            "partials/cached/box": Self.box, "partials/box": Self.box,
        ])
        XCTAssertEqual(sink.log.errorCount, 0, "\(sink.log.entries)")
        let model = TemplateValue.make(Self.page)
        let cached = renderer.render(model, template: "cached-list", file: "a.md", checkingKeys: true)
        let inline = renderer.render(model, template: "inline-list", file: "a.md", checkingKeys: true)
        XCTAssertEqual(cached.diagnostics, [])
        XCTAssertEqual(cached.html, inline.html)
        XCTAssertEqual(cached.html, """
            <h1>Trang &lt;1&gt;</h1>
            <p>một</p>
            <a href="../a/" class="on">Chi bộ &lt;A&gt; &amp; B</a>
            <p>hai</p>
            <a href="../c/">Chi bộ C</a>
            <p>ba</p>
            <a href="../a/" class="on">Chi bộ &lt;A&gt; &amp; B</a>

            """)

        let again = renderer.render(TemplateValue.make(Self.page), template: "cached-list", file: "b.md", checkingKeys: true)
        XCTAssertEqual(again.html, inline.html, "a later page with equal boxes shows them as the first did")
    }

    func testACachedPartialReadingAKeyFromOutsideItsObjectFailsThePage() throws {
        let (renderer, _) = try renderer([
            "cached-list": list(calling: "partials/cached/box"),
            "partials/cached/box": "<a href=\"{{href}}\">{{label}}</a>\n<b>{{title}}</b>\n",
        ])
        let result = renderer.render(TemplateValue.make(Self.page), template: "cached-list", file: "a.md", checkingKeys: true)
        XCTAssertNil(result.html, "the title is the page's, not the box's: rendered inline it would show, cached it cannot")
        // Once for each distinct box; the same problem, which the build reports once.
        XCTAssertEqual(Set(result.diagnostics).count, 1, "\(result.diagnostics)")
        XCTAssertEqual(result.diagnostics.first?.location.file, "templates/partials/cached/box.mustache")
        XCTAssertEqual(result.diagnostics.first?.location.line, 2)
        XCTAssertTrue(result.diagnostics.first?.message.contains("key 'title', which the page model Box does not have") == true,
                      "\(result.diagnostics)")
    }

    func testTheSiteHeaderIsACachedPartialOfTheBuiltInTheme() throws {
        let theme = Theme.load(siteRoot: try TemporaryFolder.make())
        XCTAssertEqual(theme.cachedPartials, ["partials/cached/site-header"])
        XCTAssertTrue(theme.templates["layout"]?.contains("{{>partials/cached/site-header}}") == true)
    }
}
