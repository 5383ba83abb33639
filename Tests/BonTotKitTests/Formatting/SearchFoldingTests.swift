import BonTotKit
import XCTest

/// Search folds case, tones, hats and đ in the index the build writes; the page's script, which
/// folds what the reader types with the table made here, is tried in Chromium
/// (`SearchPageBrowserTests.testCapitalsAndDecomposedTonesFindWhatPlainLettersFind`).
final class SearchFoldingTests: XCTestCase {
    func testWordsAreFoldedAndSplit() {
        XCTAssertEqual(SearchFolding.words("Đảng viên, TỐT!"), ["dang", "vien", "tot"])
        XCTAssertEqual(SearchFolding.words("dang vien"), SearchFolding.words("ĐẢNG VIÊN"))
        XCTAssertEqual(SearchFolding.words("đảng viên phụ trách hộ"), ["dang", "vien", "phu", "trach", "ho"])
        XCTAssertEqual(SearchFolding.words("  "), [])
    }

    /// Text typed with decomposed tones (Unikey's "Unicode tổ hợp") folds as precomposed text.
    func testDecomposedTextFoldsLikePrecomposedText() {
        let decomposed = "Đảng viên".decomposedStringWithCanonicalMapping
        XCTAssertNotEqual(Array(decomposed.unicodeScalars), Array("Đảng viên".unicodeScalars))
        XCTAssertEqual(SearchFolding.words(decomposed), ["dang", "vien"])
    }

    func testTheTableIsJSONTheScriptCanRead() throws {
        let json = SearchFolding.scriptTableJSON
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: String]
        XCTAssertEqual(object?["ệ"], "e")
        // A few combining marks are canonically equal to others (U+0340 to U+0300), so Swift's
        // dictionary holds them once; the script's object holds each.
        XCTAssertEqual(object?.count, Set(SearchFolding.scriptTable.map(\.character)).count)
    }
}
