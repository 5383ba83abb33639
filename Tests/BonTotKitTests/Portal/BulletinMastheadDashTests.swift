@testable import BonTotKit
import XCTest

/// A committee's name in the bulletin's head, however its dash was typed, never wraps with the dash
/// starting a line, and reads as typed.
final class BulletinMastheadDashTests: XCTestCase {
    private let dashes: Set<Character> = ["-", "\u{2013}", "\u{2014}"]

    func testNoDashSpellingCanStartALineOfTheHead() {
        let typed = [
            "ĐẢNG BỘ TỈNH BÀ RỊA - VŨNG TÀU": "ĐẢNG BỘ TỈNH BÀ RỊA - VŨNG TÀU",
            "ĐẢNG BỘ TỈNH BÀ RỊA  -  VŨNG TÀU": "ĐẢNG BỘ TỈNH BÀ RỊA - VŨNG TÀU",
            "ĐẢNG BỘ TỈNH BÀ RỊA – VŨNG TÀU": "ĐẢNG BỘ TỈNH BÀ RỊA – VŨNG TÀU",
            "ĐẢNG BỘ TỈNH BÀ RỊA — VŨNG TÀU": "ĐẢNG BỘ TỈNH BÀ RỊA — VŨNG TÀU",
            "ĐẢNG BỘ TỈNH BÀ RỊA—VŨNG TÀU": "ĐẢNG BỘ TỈNH BÀ RỊA—VŨNG TÀU",
            "ĐẢNG BỘ TỈNH BÀ RỊA\u{00A0}- VŨNG TÀU": "ĐẢNG BỘ TỈNH BÀ RỊA - VŨNG TÀU",
            "ĐẢNG BỘ TỈNH BÀ RỊA -\u{00A0}VŨNG TÀU": "ĐẢNG BỘ TỈNH BÀ RỊA - VŨNG TÀU",
            "ĐẢNG BỘ TỈNH BÀ RỊA\t-\tVŨNG TÀU": "ĐẢNG BỘ TỈNH BÀ RỊA - VŨNG TÀU",
            "ĐẢNG BỘ TỈNH BÀ RỊA-VŨNG TÀU": "ĐẢNG BỘ TỈNH BÀ RỊA-VŨNG TÀU",
        ]
        for (name, shown) in typed {
            let head = BulletinMasthead.dashKeptWithWordBefore(name)
            let characters = Array(head)
            for (index, character) in characters.enumerated() where dashes.contains(character) && index > 0 {
                let before = characters[index - 1]
                XCTAssertTrue(before == "\u{00A0}" || before == "\u{2060}" || (character != "\u{2014}" && !before.isWhitespace),
                              "\(name.debugDescription): the line may break before the dash in \(head.debugDescription)")
            }
            XCTAssertEqual(Self.asShown(head), shown, name.debugDescription)
        }
    }

    func testANameWithoutADashIsUnchanged() {
        XCTAssertEqual(BulletinMasthead.dashKeptWithWordBefore("ĐẢNG ỦY XÃ HÒA THUẬN"), "ĐẢNG ỦY XÃ HÒA THUẬN")
    }

    /// The text a reader sees: runs of spaces, tabs and no-break spaces as one space, word joiners unseen.
    private static func asShown(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{2060}", with: "")
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
