@testable import BonTotOffice
import XCTest

/// A word that lost letters as '?' is told when it reads as one Vietnamese syllable. Any run of
/// up to three vowels passed for one ("?aeo" read as "ưaeo", "?ae" as "ưae"), so words no one
/// writes were taken for letters lost; a syllable is now read as the language builds one: an
/// initial, a rhyme Vietnamese has (a glide, a nucleus, a final), one tone.
final class VietnameseSyllableTests: XCTestCase {
    func testTheOfficesWordsAreSyllables() {
        let words = ["Đảng", "ủy", "Nguyễn", "Huỳnh", "người", "được", "trường", "Việt", "nghiệp", "giếng", "gì", "quyết",
                     "quốc", "khuya", "thuở", "Đoàn", "Hoàng", "khoẻ", "xuân", "luật", "yêu", "uyên", "oanh", "ấp", "tốt",
                     "việc", "thương", "giữ", "quý", "chuyện", "biên", "Tuấn", "thuế", "gửi", "hươu", "xoăn", "yểng"]
        for word in words { XCTAssertTrue(VietnameseSyllable.isValid(word), word) }
    }

    func testRunsOfVowelsTheLanguageNeverWritesAreNone() {
        for word in ["aeo", "ưaeo", "ưae", "ạae", "ăo", "eă", "iêa", "uôe", "tèt", "tôt", "hạnhh", "ươ", "ưoi"] {
            XCTAssertFalse(VietnameseSyllable.isValid(word), word)
        }
    }

    func testWordsThatLostLettersReadAsTheirSyllables() {
        XCTAssertEqual(LostLetters.reading(of: "Đ?c"), "đạc")
        for word in ["th??ng", "??ng", "Huy?n", "?i?m", "Ngh?a", "qu?c", "ng??i"] { XCTAssertNotNil(LostLetters.reading(of: word), word) }
        for word in ["?aeo", "?ae", "?ăo", "b??a?e"] {
            XCTAssertNil(LostLetters.reading(of: word), word)
            XCTAssertFalse(LostLetters.inWord(word), word)
        }
    }
}
