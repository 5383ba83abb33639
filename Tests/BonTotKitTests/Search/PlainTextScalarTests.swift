@testable import BonTotKit
import CCmark
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
    ]

    /// How the index read text before reading by scalar: character by character.
    private static func wordsByCharacter(of markdown: String, limit: Int) -> String? {
        let bytes = Array(markdown.utf8)
        guard let document = cmark_parse_document(bytes, bytes.count, CMARK_OPT_DEFAULT) else { return nil }
        defer { cmark_node_free(document) }
        guard let iterator = cmark_iter_new(document) else { return nil }
        defer { cmark_iter_free(iterator) }
        var text = ""
        var count = 0
        func add(_ piece: String) {
            for character in piece {
                if character.isWhitespace {
                    if !text.isEmpty, text.last != " " { text.append(" "); count += 1 }
                } else {
                    text.append(character)
                    count += 1
                }
            }
        }
        while count <= limit {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(node) { add(String(cString: literal)) }
            case CMARK_NODE_CODE_BLOCK:
                if let literal = cmark_node_get_literal(node) { add(String(cString: literal)) }
                add(" ")
            case CMARK_NODE_HEADING:
                if event == CMARK_EVENT_EXIT, let last = text.last, last.isLetter || last.isNumber { add(".") }
                add(" ")
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_PARAGRAPH, CMARK_NODE_ITEM:
                add(" ")
            default:
                break
            }
        }
        return text.trimmingCharacters(in: .whitespaces)
    }

    func testReadingByScalarGivesWhatReadingByCharacterGives() {
        let texts = Self.texts + [Self.texts.joined(separator: "\n\n"), Self.texts.reversed().joined(separator: " ")]
        for text in texts {
            for limit in [5, 17, 40, 80, 500, .max] {
                let expected = Self.wordsByCharacter(of: text, limit: limit)
                XCTAssertEqual(MarkdownRenderer.words(of: text, limit: limit), expected, "limit \(limit): \(text.prefix(30))")
                XCTAssertEqual(MarkdownRenderer.plainText(text, limit: limit),
                               MarkdownRenderer.cut(expected ?? "", limit: limit), "limit \(limit): \(text.prefix(30))")
            }
        }
    }

    func testVietnameseTextIsReadByScalar() {
        XCTAssertEqual(MarkdownRenderer.plainText("Đồng chí **Bí thư** kết luận: “Phải làm ngay” – đúng hạn…", limit: 500),
                       "Đồng chí Bí thư kết luận: “Phải làm ngay” – đúng hạn…")
    }
}
