@testable import BonTotKit
import XCTest

/// The search index reads text made of single-scalar characters (Vietnamese precomposed,
/// ASCII, common punctuation) scalar by scalar: what it keeps must be exactly what reading it
/// character by character gives, for those texts and for the others (decomposed marks, emoji,
/// line ends of every kind) that are still read character by character.
final class PlainTextScalarTests: XCTestCase {
    private static let texts = [
        "Chi bộ đã thảo luận sôi nổi về việc **nâng cao chất lượng sinh hoạt**, đồng chí Bí thư kết luận.",
        "Tiếng Việt viết tách dấu: Chi bo\u{0302}\u{0323} đa\u{0303} tha\u{0309}o luận, rồi “trích dẫn” – gạch nối… hết.",
        "Dòng một\r\ndòng hai\rdòng ba\u{2028}dòng bốn\u{85}năm\u{A0}sáu\u{2003}bảy\u{3000}tám",
        "Biểu tượng 👍🏽 và 👨‍👩‍👧 cùng cờ 🇻🇳, dấu gạch mềm\u{AD}giữa, ZWJ\u{200D}ở giữa, ZWSP\u{200B}nữa.",
        "# Tiêu đề\n\nĐoạn `mã nguồn` và\n\n```\nkhối mã\n  thụt lề\n```\n\n- mục một\n- mục hai  \n  tiếp",
        " \u{0301}dấu đứng sau khoảng trắng, rồi \t\t tab và \u{000B}\u{000C} ký tự điều khiển\u{0001} giữa chữ",
        "ऩ क्षि 한국어 가 日本語 العربية \u{0600}١٢",
        // Characters cmark makes from entities, read from its bytes as the others are; a text of
        // single-scalar characters only, so that it is read by scalar, and one that is not.
        "Thực&nbsp;hiện &amp; đạt&#13;kết quả &quot;Đạt&quot;, năm\u{A0}sáu\u{85}bảy &#x1E00;&copy; xong",
        "Dấu tách &#x301;&#0; và &#8232;, &#x2028;riêng đoạn này",
    ]

    func testReadingByScalarGivesWhatReadingByCharacterGives() {
        let texts = Self.texts + [Self.texts.joined(separator: "\n\n"), Self.texts.reversed().joined(separator: " ")]
        for text in texts {
            for limit in [5, 17, 40, 80, 500, .max] {
                let expected = MarkdownRenderer.words(of: text, limit: limit, readsByScalar: false)
                XCTAssertEqual(MarkdownRenderer.words(of: text, limit: limit), expected, "limit \(limit): \(text.prefix(30))")
                XCTAssertEqual(MarkdownRenderer.plainText(text, limit: limit),
                               MarkdownRenderer.cut(expected ?? "", limit: limit), "limit \(limit): \(text.prefix(30))")
            }
        }
    }

    func testTheCutCountsCharactersAsTheTextShowsThem() {
        let texts = Self.texts + [Self.texts.joined(separator: " "), "a\r\nb\r\nc d e", "ạ\u{0301} b c", "x y\u{0301}z"]
        for text in texts {
            for limit in [1, 2, 3, 5, 17, 40, 80] {
                var expected = text
                if text.count > limit {
                    let head = text.prefix(limit)
                    expected = String(head[..<(head.lastIndex(of: " ") ?? head.endIndex)]) + "…"
                }
                XCTAssertEqual(MarkdownRenderer.cut(text, limit: limit), expected, "limit \(limit): \(text.prefix(30))")
            }
        }
    }

    func testVietnameseTextIsReadByScalar() {
        XCTAssertEqual(MarkdownRenderer.plainText("Đồng chí **Bí thư** kết luận: “Phải làm ngay” – đúng hạn…", limit: 500),
                       "Đồng chí Bí thư kết luận: “Phải làm ngay” – đúng hạn…")
    }
}
