@testable import BonTotKit
import XCTest

/// `ByteSearch` finds the first occurrence's UTF-8 offset, also where the first byte recurs
/// before it, at either end, in Vietnamese text, and nothing where there is none.
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
}
