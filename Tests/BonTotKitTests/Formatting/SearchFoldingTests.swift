import BonTotKit
import XCTest

/// Search folds case, tones, hats and đ, in the index the build writes and in the page's script.
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

    /// The script folds one character at a time: lower-case it, then look it up in the table.
    /// Done that way here, every Vietnamese letter, in both cases, precomposed or not, folds as
    /// the build folds it.
    func testTheScriptTableFoldsEveryVietnameseLetterAsTheBuildDoes() {
        let table = Dictionary(SearchFolding.scriptTable.map { ($0.character, $0.folded) }, uniquingKeysWith: { first, _ in first })
        func scriptFold(_ text: String) -> String {
            text.map { character -> String in
                let text = String(character)
                if let folded = table[text] { return folded }
                let lower = text.lowercased()
                return lower.unicodeScalars.map { table[String($0)] ?? String($0) }.joined()
            }.joined()
        }
        let letters = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"
        for letter in letters + letters.uppercased() {
            let text = String(letter)
            XCTAssertEqual(scriptFold(text), Slug.foldForSearch(text), "\(text)")
            XCTAssertEqual(scriptFold(text.decomposedStringWithCanonicalMapping), Slug.foldForSearch(text), "\(text), decomposed")
        }
        XCTAssertEqual(table["Đ"], "d")
        XCTAssertEqual(table["đ"], "d")
        XCTAssertEqual(table["\u{0301}"], "", "a combining tone is dropped")
        XCTAssertNil(table["a"], "a letter that lower-casing already folds is not in the table")
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
