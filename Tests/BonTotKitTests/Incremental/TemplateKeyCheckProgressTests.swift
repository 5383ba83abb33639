@testable import BonTotKit
import XCTest

/// The key check remembers, per part of a template and model types, which parts were checked
/// whole: a section left empty on the first pages is checked on the first page that fills it,
/// and a wrong key is reported on every page that renders it, however many pages came before.
final class TemplateKeyCheckProgressTests: XCTestCase {
    private struct Item: Encodable { var name: String }
    private struct Model: Encodable {
        var title: String
        var first: Item?
        var second: [Item]
    }

    private static let page = "{{<layout}}{{$main}}\n{{#first}}{{name}}{{/first}}\n{{#second}}{{nmae}}{{/second}}\n{{/main}}{{/layout}}"
    private static let layout = "<h1>{{title}}</h1>\n{{>part}}\n{{$main}}{{/main}}"
    private static let part = "{{#first}}<p>{{name}}</p>{{/first}}"

    private func check() -> TemplateKeyCheck {
        TemplateKeyCheck(outlines: ["page": TemplateOutline(Self.page, template: "page"),
                                    "layout": TemplateOutline(Self.layout, template: "layout"),
                                    "part": TemplateOutline(Self.part, template: "part")])
    }

    private func problems(_ check: TemplateKeyCheck, first: Item?, second: [Item]) -> [String] {
        check.problems(template: "page", model: TemplateValue.make(Model(title: "t", first: first, second: second)))
            .map { "\($0.template):\($0.line) \($0.key)" }
    }

    func testASectionFilledOnlyOnALaterPageIsCheckedThen() {
        let check = check()
        for _ in 0..<3 {
            XCTAssertEqual(problems(check, first: Item(name: "a"), second: []), [])
        }
        XCTAssertEqual(problems(check, first: nil, second: [Item(name: "b")]), ["page:3 nmae"])
        // Every later page that renders the wrong key reports it again.
        XCTAssertEqual(problems(check, first: Item(name: "a"), second: [Item(name: "b")]), ["page:3 nmae"])
        XCTAssertEqual(problems(check, first: nil, second: []), [])
    }

    func testAKeyMissingFromAPartialOrTheLayoutIsFoundOnEveryPage() {
        let check = TemplateKeyCheck(outlines: ["page": TemplateOutline("{{<layout}}{{$main}}{{name}}{{/main}}{{/layout}}", template: "page"),
                                                "layout": TemplateOutline("{{titel}}\n{{>part}}{{$main}}{{/main}}", template: "layout"),
                                                "part": TemplateOutline(Self.part, template: "part")])
        for _ in 0..<2 {
            XCTAssertEqual(check.problems(template: "page", model: TemplateValue.make(Model(title: "t", first: Item(name: "a"), second: [])))
                .map { "\($0.template):\($0.line) \($0.key)" }.sorted(), ["layout:1 titel", "page:1 name"])
        }
    }

    private struct Other: Encodable { var title: String }
    private struct Wrapper<Inner: Encodable>: Encodable { var inner: Inner }

    func testATemplateCheckedWholeForOneModelTypeIsCheckedAgainForAnother() {
        let check = TemplateKeyCheck(outlines: ["page": TemplateOutline("{{title}}\n{{#first}}{{name}}{{/first}}", template: "page")])
        for _ in 0..<2 {
            XCTAssertEqual(check.problems(template: "page", model: TemplateValue.make(Model(title: "t", first: Item(name: "a"), second: [])))
                .map { "\($0.template):\($0.line) \($0.key)" }, [])
        }
        XCTAssertEqual(check.problems(template: "page", model: TemplateValue.make(Other(title: "t")))
            .map { "\($0.template):\($0.line) \($0.key) \($0.model)" }, ["page:2 first Other"])
    }

    func testAPartialCheckedWholeInsideOneSectionIsCheckedAgainInsideAnother() {
        // The same partial, shown once with an `Item` around it and once with an `Other`.
        let check = TemplateKeyCheck(outlines: ["page": TemplateOutline("{{#inner}}{{>part}}{{/inner}}", template: "page"),
                                                "part": TemplateOutline("{{name}}", template: "part")])
        for _ in 0..<2 {
            XCTAssertEqual(check.problems(template: "page", model: TemplateValue.make(Wrapper(inner: Item(name: "a")))).count, 0)
        }
        XCTAssertEqual(check.problems(template: "page", model: TemplateValue.make(Wrapper(inner: Other(title: "t"))))
            .map { "\($0.template):\($0.line) \($0.key)" }, ["part:1 name"])
    }

    func testABlockCheckedWholeForOnePageIsCheckedAgainWhenAnotherPageGivesItOtherContent() {
        let check = TemplateKeyCheck(outlines: ["good": TemplateOutline("{{<layout}}{{$main}}{{title}}{{/main}}{{/layout}}", template: "good"),
                                                "bad": TemplateOutline("{{<layout}}{{$main}}\n{{titel}}{{/main}}{{/layout}}", template: "bad"),
                                                "layout": TemplateOutline("<h1>{{$main}}{{/main}}</h1>", template: "layout")])
        let model = TemplateValue.make(Other(title: "t"))
        XCTAssertEqual(check.problems(template: "good", model: model).count, 0)
        XCTAssertEqual(check.problems(template: "bad", model: model).map { "\($0.template):\($0.line) \($0.key)" }, ["bad:2 titel"])
        XCTAssertEqual(check.problems(template: "good", model: model).count, 0)
    }
}
