import XCTest

/// The demonstration site (`content/` of this repository) is what an office copies: a picture in
/// it that carries words (a sign, a caption) says them to a reader who cannot see it.
final class DemoPictureWordsTests: XCTestCase {
    static let content = PathLiteralTests.sources.deletingLastPathComponent().appending(path: "content")

    func testEveryDemoPictureWithWordsHasItsAltText() throws {
        var silent: [String] = []
        for (folder, picture, alt) in [("branches", "photo", "photo_alt"), ("stories", "image", "image_alt")] {
            let files = try FileManager.default.contentsOfDirectory(atPath: Self.content.appending(path: folder).path)
            for file in files.sorted() where file.hasSuffix(".md") {
                let text = try String(contentsOf: Self.content.appending(path: folder).appending(path: file), encoding: .utf8)
                let lines = text.split(separator: "\n").map(String.init)
                guard let named = lines.first(where: { $0.hasPrefix("\(picture): ") }) else { continue }
                let media = named.dropFirst(picture.count + 2).trimmingCharacters(in: .whitespaces)
                let drawing = (try? String(contentsOf: Self.content.appending(path: media), encoding: .utf8)) ?? ""
                let hasWords = drawing.contains("<text")
                let said = lines.contains { $0.hasPrefix("\(alt): ") && $0.count > alt.count + 12 }
                if hasWords && !said { silent.append("\(folder)/\(file)") }
            }
        }
        XCTAssertEqual(silent, [], "pictures with words and no \(["photo_alt", "image_alt"].joined(separator: "/"))")
    }
}
