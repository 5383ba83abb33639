@testable import BonTotKit
import Foundation
import XCTest

/// The templates compiled by bontot (`CompiledLibrary`, chosen with
/// `BONTOT_TEMPLATE_ENGINE=compiled`) render the bytes swift-mustache renders: small templates
/// made to try each rule of the Mustache parser and renderer, and every page of the fixture
/// sites and the demonstration site, built once by each engine.
final class CompiledTemplateTests: XCTestCase {
    private struct Model: Encodable {
        struct Item: Encodable { var name: String; var count: Int; var share: Double; var on: Bool; var tags: [String] }
        var title: String
        var items: [Item]
        var none: [Item]
        var flag: Bool
        var missing: String?
        var nested: Item
        var text: String
    }

    private static let model = Model(
        title: "Trang <1> & \"2\" 'ba'",
        items: [.init(name: "một", count: 3, share: 40.5, on: true, tags: ["a", "b"]),
                .init(name: "hai", count: 0, share: 0, on: false, tags: [])],
        none: [], flag: true, missing: nil,
        nested: .init(name: "lồng", count: 7, share: 1, on: true, tags: ["x"]),
        text: "dòng một\ndòng hai")

    /// Templates that try the parser's rules: standalone tags, whitespace before tags, indented
    /// partials (nested, and with sections inside), comments, CRLF lines, inverted sections.
    private static let templates: [String: String] = [
        "partials/t-line": "<i>{{name}}</i>\n{{#tags}}\n  <b>{{.}}</b>\n{{/tags}}\n",
        "partials/t-outer": "<div>\n  {{>partials/t-line}}\n</div>\n",
        "t-standalone": "{{#items}}\n  <li>{{name}}: {{count}} / {{share}} {{on}}</li>\n{{/items}}\n{{^none}}\n  trống\n{{/none}}\n",
        "t-inline": "a {{#flag}} b {{/flag}} c {{^flag}}d{{/flag}}  {{! lời chú }} e\n  {{! đứng riêng }}\n f\n",
        "t-partials": "<ul>\n  {{#items}}\n    {{>partials/t-outer}}\n  {{/items}}\n</ul>\n  {{>partials/t-line}}",
        "t-values": "{{title}}|{{{title}}}|{{& title}}|{{nested.name}}|{{#nested}}{{name}}-{{title}}{{/nested}}|{{.nested.count}}|{{missing}}|{{^missing}}không có{{/missing}}\n",
        "t-crlf": "x\r\n{{#flag}}\r\n  y {{title}}\r\n{{/flag}}\r\nz",
        "t-layout": "<html>\n  {{$head}}<title>{{title}}</title>{{/head}}\n  <body>\n    {{$main}}\n    mặc định\n    {{/main}}\n  {{>partials/t-line}}\n  </body>\n</html>\n",
        "t-child": "{{<t-layout}}\n{{$main}}\n  <h1>{{title}}</h1>\n  {{#items}}\n    <p>{{name}}</p>\n      {{>partials/t-line}}\n  {{/items}}\n{{/main}}\n{{/t-layout}}\n",
        "t-text": "{{#text}}<p>{{.}}</p>{{/text}}\n   {{#items}}{{#on}}[{{name}}]{{/on}}{{/items}}   \n{{#items}}{{^tags}}-{{/tags}}{{/items}}",
    ]

    private func renderers() throws -> (mustache: PageRenderer, compiled: PageRenderer) {
        let site = try TemporaryFolder.make()
        addTeardownBlock { try? FileManager.default.removeItem(at: site) }
        for (name, text) in Self.templates {
            let file = site.appending(path: "templates/\(name).mustache")
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        let theme = Theme.load(siteRoot: site)
        let sink = DiagnosticSink()
        let renderers = (PageRenderer(theme: theme, sink: sink, engine: .mustache), PageRenderer(theme: theme, sink: sink, engine: .compiled))
        XCTAssertEqual(sink.log.entries.count, 0)
        return renderers
    }

    func testEachRuleRendersTheBytesOfTheMustacheLibrary() throws {
        for (name, text) in Self.templates {
            XCTAssertNotNil(CompiledTemplateParser.parse(HTMLEscaping.pragma + text), name)
        }
        for (name, text) in BuiltInTheme.theme.libraryTexts {
            XCTAssertNotNil(CompiledTemplateParser.parse(text), "built-in \(name)")
        }
        let (mustache, compiled) = try renderers()
        XCTAssertFalse(mustache.rendersCompiled)
        XCTAssertTrue(compiled.rendersCompiled, "the built-in theme and these templates all compile")
        let value = TemplateValue.make(Self.model)
        for name in Self.templates.keys.sorted() where !name.hasPrefix("partials/") {
            let expected = mustache.render(value, template: name, file: name, checkingKeys: false).html
            let got = compiled.render(value, template: name, file: name, checkingKeys: false).html
            XCTAssertNotNil(expected)
            XCTAssertEqual(got, expected, name)
        }
    }

    func testATemplateUsingWhatIsNotCompiledLeavesTheThemeToTheLibrary() {
        for text in ["{{=<% %>=}}<% title %>", "{{% CONTENT_TYPE: TEXT}}", "{{uppercased(title)}}", "{{>*name}}"] {
            XCTAssertNil(CompiledTemplateParser.parse(text), text)
            var texts = BuiltInTheme.theme.libraryTexts
            texts["t"] = HTMLEscaping.pragma + text
            XCTAssertNil(CompiledLibrary(texts: texts), "one such template leaves the whole theme to the library: \(text)")
        }
        XCTAssertNotNil(CompiledLibrary(texts: BuiltInTheme.theme.libraryTexts))
        XCTAssertNotNil(CompiledTemplateParser.parse(HTMLEscaping.pragma + "{{#a}}{{b}}{{/a}}"))
    }

    /// Every file of the sites built by each engine, as `bontot build` builds them.
    func testEveryPageOfTheFixtureAndDemonstrationSitesIsTheSameByteForByte() throws {
        let folder = try TemporaryFolder.make("bontot-engines")
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let repository = BuiltSite.fixtures.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var sites: [(String, [URL])] = ["portal", "minimal", "district"].map { ($0, [BuiltSite.fixtures.appending(path: $0)]) }
        sites.append(("demo", [repository.appending(path: "site.yaml"), repository.appending(path: "content")]))
        for (name, sources) in sites {
            let root = folder.appending(path: name)
            if sources.count == 1 {
                try FileManager.default.copyItem(at: sources[0], to: root)
            } else {
                try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
                for source in sources { try FileManager.default.copyItem(at: source, to: root.appending(path: source.lastPathComponent)) }
            }
            var outputs: [URL] = []
            for engine in ["mustache", "compiled"] {
                let output = folder.appending(path: "\(name)-\(engine)")
                let build = try BontotProcess.run(["build", "--quiet", "--clean", "--site", root.path, "--output", output.path],
                                                  environment: ["BONTOT_TEMPLATE_ENGINE": engine])
                XCTAssertEqual(build.status, 0, "\(name) with \(engine): \(build.errors)")
                outputs.append(output)
            }
            let first = try FolderFiles.bytes(in: outputs[0]), second = try FolderFiles.bytes(in: outputs[1])
            XCTAssertGreaterThan(first.count, 10, name)
            XCTAssertEqual(first.keys.sorted(), second.keys.sorted(), name)
            for (path, bytes) in first where second[path] != bytes {
                XCTFail("\(name): \(path) differs between the engines")
            }
        }
    }
}
