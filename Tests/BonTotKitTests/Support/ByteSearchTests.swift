@testable import BonTotKit
import XCTest

/// `ByteSearch` finds the first occurrence's UTF-8 offset, also where the first byte recurs
/// before it, at either end, in Vietnamese text, and nothing where there is none; and the range
/// of an ASCII needle from a place in a text, in any case when asked.
final class ByteSearchTests: XCTestCase {
    func testOffsets() {
        XCTAssertEqual(ByteSearch.offset(of: "tại đây", in: "Ghi diễn biến tại đây."), "Ghi diễn biến ".utf8.count)
        XCTAssertEqual(ByteSearch.offset(of: "aab", in: "aaaab"), 2, "the first byte recurs before the match")
        XCTAssertEqual(ByteSearch.offset(of: "Ghi", in: "Ghi"), 0)
        XCTAssertEqual(ByteSearch.offset(of: "đây", in: "ở đây"), "ở ".utf8.count, "at the very end")
        XCTAssertNil(ByteSearch.offset(of: "đây.", in: "ở đây"), "longer at the end than what is left")
        XCTAssertNil(ByteSearch.offset(of: "tai day", in: "tại đây"), "accents count")
        XCTAssertNil(ByteSearch.offset(of: "", in: "tại đây"))
        XCTAssertNil(ByteSearch.offset(of: "a", in: ""))
    }

    func testCounts() {
        XCTAssertEqual(ByteSearch.count(of: "ảnh", in: "ảnh một, ảnh hai, anh ba"), 2)
        XCTAssertEqual(ByteSearch.count(of: "aa", in: "aaaaa"), 2, "one after another, not overlapping")
        XCTAssertEqual(ByteSearch.count(of: "ảnh".decomposedStringWithCanonicalMapping, in: "ảnh".precomposedStringWithCanonicalMapping), 0,
                       "bytes, not letters")
        XCTAssertEqual(ByteSearch.count(of: "", in: "ảnh"), 0)
        XCTAssertEqual(ByteSearch.count(of: "ảnh", in: ""), 0)
    }

    func testRangesFromAPlace() {
        let text = "Đây <!-- ảnh --> rồi </Script> và </script>"
        func offsets(_ range: Range<String.Index>?) -> [Int]? {
            range.map { [text.utf8.distance(from: text.startIndex, to: $0.lowerBound), text.utf8.distance(from: text.startIndex, to: $0.upperBound)] }
        }
        let comment = text.range(of: "-->")!
        XCTAssertEqual(offsets(ByteSearch.range(ofASCII: "-->", in: text, from: text.startIndex)), offsets(comment))
        XCTAssertNil(ByteSearch.range(ofASCII: "-->", in: text, from: text.index(after: comment.lowerBound)), "only from the place given")
        XCTAssertEqual(offsets(ByteSearch.range(ofASCII: "</script", in: text, from: text.startIndex)), offsets(text.range(of: "</script")),
                       "in its case")
        XCTAssertEqual(offsets(ByteSearch.range(ofASCII: "</script", in: text, from: text.startIndex, ignoringCase: true)),
                       offsets(text.range(of: "</Script")), "in any case")
        XCTAssertEqual(offsets(ByteSearch.range(ofASCII: "SCRIPT>", in: text, from: text.startIndex, ignoringCase: true)),
                       offsets(text.range(of: "Script>")), "a needle opening with a letter, in any case")
        XCTAssertNil(ByteSearch.range(ofASCII: "</style", in: text, from: text.startIndex, ignoringCase: true))
        XCTAssertNil(ByteSearch.range(ofASCII: "-->", in: text, from: text.endIndex))
    }
}
