import XCTest

/// Every chart is one image to a screen reader, named by its title and described by every value
/// in words: the texts it draws (values, labels, the scale) are hidden from it. An `<svg
/// role="img">` alone is not enough: Chromium's accessibility tree gives the image each `<text>`
/// as a child, read after the description that already said it; a ranking's chart of bars hid
/// its bands, a branch's column charts did not.
final class ChartAccessibilityTests: XCTestCase {
    func testEveryChartIsOneImageWhoseDrawnTextsAScreenReaderDoesNotMeet() throws {
        let built = try BuiltSite.build()
        // A branch's totals and attendance (columns), a ranking's totals (bars).
        for (path, count) in [("chi-bo/ap-bac/index.html", 2), ("xep-hang/2024/index.html", 1)] {
            let images = Self.images(in: built.page(path))
            XCTAssertEqual(images.count, count, "\(path): its charts")
            for image in images {
                XCTAssertEqual(image.names.count, 2, "\(path): named by a title and a description: \(image.names)")
                XCTAssertTrue(image.names.allSatisfy { !$0.isEmpty }, "\(path): \(image.names)")
                XCTAssertGreaterThan(image.drawnTexts, 2, "\(path): the chart writes its values and labels")
                XCTAssertEqual(image.exposedTexts, [], "\(path): texts of '\(image.names.first ?? "")' a screen reader meets")
            }
        }
    }

    func testTheCheckFindsATextThatIsNotHidden() {
        let images = Self.images(in: """
            <p>x</p><svg role="img" aria-labelledby="a-t"><title id="a-t">Tên</title><g aria-hidden="true"><text>1</text></g>\
            <g class="column"><rect/><text x="1">2023</text></g></svg>
            """)
        XCTAssertEqual(images.map(\.names), [["Tên"]])
        XCTAssertEqual(images.map(\.drawnTexts), [2])
        XCTAssertEqual(images.map(\.exposedTexts), [["2023"]])
    }

    /// An element with `role="img"` on a page: the texts of the elements its `aria-labelledby`
    /// names, how many `<text>` it draws, and those of them no `aria-hidden="true"` inside it hides.
    struct AccessibleImage {
        var names: [String] = []
        var drawnTexts = 0
        var exposedTexts: [String] = []
    }

    /// The images (`role="img"`) of `html`, read tag by tag: a chart's markup is well-formed.
    static func images(in html: String) -> [AccessibleImage] {
        var images: [AccessibleImage] = []
        var hidden: [Bool] = []
        var labels: [String] = []
        var current: AccessibleImage?
        for tag in html.matches(of: #/<(/?)([A-Za-z][A-Za-z0-9-]*)([^>]*?)(/?)>/#) {
            let (_, closing, name, attributes, selfClosing) = tag.output
            if current == nil {
                guard closing.isEmpty, attributes.contains(#"role="img""#) else { continue }
                current = AccessibleImage()
                labels = attributes.firstMatch(of: #/aria-labelledby="([^"]*)"/#).map { $0.output.1.split(separator: " ").map(String.init) } ?? []
                hidden = [attributes.contains(#"aria-hidden="true""#)]
                continue
            }
            if !closing.isEmpty {
                hidden.removeLast()
                if hidden.isEmpty, var image = current {
                    image.names = labels.map { id in Self.text(of: id, in: html) }
                    images.append(image)
                    current = nil
                }
                continue
            }
            let isHidden = hidden.contains(true) || attributes.contains(#"aria-hidden="true""#)
            if name == "text" {
                current?.drawnTexts += 1
                if !isHidden { current?.exposedTexts.append(String(html[tag.range.upperBound...].prefix { $0 != "<" })) }
            }
            if selfClosing.isEmpty { hidden.append(isHidden) }
        }
        return images
    }

    /// The text of the element whose id is `id`.
    private static func text(of id: String, in html: String) -> String {
        guard let start = html.firstMatch(of: Regex<Substring>(verbatim: "id=\"\(id)\"")) else { return "" }
        let rest = html[start.range.upperBound...].drop { $0 != ">" }.dropFirst()
        return String(rest.prefix { $0 != "<" })
    }
}
